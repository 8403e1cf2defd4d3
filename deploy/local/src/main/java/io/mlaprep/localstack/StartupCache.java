package io.mlaprep.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * A service's runnable jar extracted to plain jars, with a JDK AOT cache of the classes its start loads and links
 * ({@link StartupCaches} makes both at build time). A JVM started from the extracted jar with the cache starts the
 * service with about a third of the CPU the nested jar takes. The cache belongs to one exec jar, JDK and set of JVM
 * options: when any of them changes the service starts from the exec jar as before, until the next build makes the
 * cache again.
 */
record StartupCache(Path execJar, Path dir) {

    /** The first release whose {@code -XX:AOTCacheOutput} trains and writes a cache in one run (JEP 514). */
    static final int FIRST_JDK = 25;

    static StartupCache of(Path root, ServiceSpec service) {
        return new StartupCache(service.jar(root), root.resolve(service.module()).resolve("target").resolve("startup"));
    }

    Path jar() {
        return dir.resolve(execJar.getFileName());
    }

    Path cache() {
        return dir.resolve("app.aot");
    }

    /** The {@link #sourceOf source} the extraction and the cache were made from. */
    Path stamp() {
        return dir.resolve("source.stamp");
    }

    /**
     * What a cache is made from: the exec jar's contents (size and CRC-32C: jars are reproducible, so a build that
     * changes nothing writes the same bytes, at a fixed time that cannot tell them apart), the JDK and the JVM options.
     */
    String sourceOf(String javaOptions) {
        return contentsOf(execJar) + "/" + Runtime.version() + "/" + Integer.toHexString(javaOptions.trim().hashCode());
    }

    boolean isMadeFrom(String source) {
        try {
            return Files.exists(jar()) && Files.exists(cache()) && Files.exists(stamp())
                    && Files.readString(stamp()).equals(source);
        } catch (IOException e) {
            return false;
        }
    }

    void writeStamp(String source) throws IOException {
        Files.writeString(stamp(), source);
    }

    boolean isCurrent(String javaOptions) {
        return Runtime.version().feature() >= FIRST_JDK && Files.exists(execJar) && isMadeFrom(sourceOf(javaOptions));
    }

    /** How the JVM is told to run the service: from the cache when it is current, else from the exec jar. */
    Launch launch(String javaOptions) {
        return isCurrent(javaOptions)
                ? new Launch(List.of("-XX:AOTCache=" + cache(), "-jar", jar().toString()), true)
                : new Launch(List.of("-jar", execJar.toString()), false);
    }

    /** The JVM arguments that start the service, after the JVM options, and whether they use the cache. */
    record Launch(List<String> arguments, boolean fromCache) {
    }

    private static String contentsOf(Path jar) {
        CRC32C checksum = new CRC32C();
        try (InputStream in = Files.newInputStream(jar)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                checksum.update(buffer, 0, read);
            }
            return Files.size(jar) + "-" + Long.toHexString(checksum.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }
}
