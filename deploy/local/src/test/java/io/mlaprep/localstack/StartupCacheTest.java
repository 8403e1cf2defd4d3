package io.mlaprep.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCacheTest {

    private static final String OPTIONS = StackConfig.DEFAULT_JAVA_OPTIONS;
    private static final FileTime REPRODUCIBLE_TIME = FileTime.fromMillis(1_767_225_600_000L);

    @TempDir
    Path root;
    StartupCache cache;

    @BeforeEach
    void aServiceWithACacheMadeFromItsJar() throws IOException {
        ServiceSpec service = new ServiceSpec("question", "question-service", 8081, Map.of());
        cache = StartupCache.of(root, service);
        writeJar("the service, version 1");
        Files.createDirectories(cache.dir());
        Files.writeString(cache.jar(), "extracted");
        Files.writeString(cache.cache(), "aot");
        cache.writeStamp(cache.sourceOf(OPTIONS));
    }

    @Test
    void aCacheMadeFromTheJarRunsTheServiceFromTheExtractedJar() {
        assumeTrue(Runtime.version().feature() >= StartupCache.FIRST_JDK, "the JDK makes no AOT caches");
        assertThat(cache.isCurrent(OPTIONS)).isTrue();
        assertThat(cache.launch(OPTIONS)).isEqualTo(new StartupCache.Launch(
                List.of("-XX:AOTCache=" + cache.cache(), "-jar", cache.jar().toString()), true));
    }

    @Test
    void theSameBytesWrittenAgainKeepTheCache() throws IOException {
        assumeTrue(Runtime.version().feature() >= StartupCache.FIRST_JDK, "the JDK makes no AOT caches");
        writeJar("the service, version 1");

        assertThat(cache.isCurrent(OPTIONS)).isTrue();
    }

    @Test
    void aJarOfTheSameSizeAndTimeWithOtherContentsRunsFromTheJar() throws IOException {
        writeJar("the service, version 2");

        assertThat(cache.isCurrent(OPTIONS)).isFalse();
        assertThat(cache.launch(OPTIONS))
                .isEqualTo(new StartupCache.Launch(List.of("-jar", cache.execJar().toString()), false));
    }

    @Test
    void otherJvmOptionsRunFromTheJar() {
        assertThat(cache.isCurrent(OPTIONS + " -XX:+UseParallelGC")).isFalse();
    }

    @Test
    void aCacheTheTrainingNeverWroteRunsFromTheJar() throws IOException {
        Files.delete(cache.cache());

        assertThat(cache.isCurrent(OPTIONS)).isFalse();
    }

    private void writeJar(String contents) throws IOException {
        Files.createDirectories(cache.execJar().getParent());
        Files.writeString(cache.execJar(), contents);
        Files.setLastModifiedTime(cache.execJar(), REPRODUCIBLE_TIME);
    }
}
