package io.mlaprep.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    @TempDir
    Path dir;

    @Test
    void aStepThatEndsWellLeavesItsOutputInTheLog() throws IOException {
        Path log = dir.resolve("logs").resolve("step.log");

        ChildProcess.runToEnd("greeting", List.of("sh", "-c", "echo hello $WHO"), Map.of("WHO", "there"), dir, log,
                Duration.ofSeconds(10));

        assertThat(Files.readString(log)).isEqualTo("hello there\n");
    }

    @Test
    void aStepThatFailsSaysItsStatusAndWhereItsLogIs() {
        Path log = dir.resolve("step.log");

        assertThatThrownBy(() -> ChildProcess.runToEnd("failing step", List.of("sh", "-c", "exit 3"), Map.of(), dir,
                log, Duration.ofSeconds(10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exit 3").hasMessageContaining(log.toString());
    }

    @Test
    void aStepThatDoesNotEndInTimeIsStoppedAndFails() {
        long began = System.nanoTime();

        assertThatThrownBy(() -> ChildProcess.runToEnd("endless step", List.of("sleep", "30"), Map.of(), dir,
                dir.resolve("step.log"), Duration.ofMillis(300)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("did not end within");
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(10));
    }
}
