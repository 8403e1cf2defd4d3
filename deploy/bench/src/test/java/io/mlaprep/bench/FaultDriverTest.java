package io.mlaprep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultDriverTest {

    @TempDir
    Path data;

    @Test
    void aFaultThatFailsIsRecordedAndTheDrillGoesOn() throws InterruptedException {
        AtomicBoolean secondRan = new AtomicBoolean();
        FaultDriver driver = new FaultDriver(List.of(
                new Fault("Redis never comes back", Set.of(StackPart.REDIS), stack -> {
                    throw new IllegalStateException("redis was not back within PT1S");
                }),
                new Fault("kill -9 session", Set.of(StackPart.SESSION), stack -> secondRan.set(true))),
                new StackControl(data, Map.of(), "127.0.0.1:1", 1), Duration.ZERO, Duration.ofMillis(10));

        driver.start();
        driver.join();

        assertThat(driver.finished()).isTrue();
        assertThat(secondRan).isTrue();
        assertThat(driver.windows()).extracting(FaultWindow::fault)
                .containsExactly("Redis never comes back", "kill -9 session");
        assertThat(driver.windows().get(0).failure()).contains("redis was not back");
        assertThat(driver.windows().get(1).failure()).isNull();
        assertThat(driver.windows().get(1).down()).containsExactly(StackPart.SESSION);
        assertThat(driver.windows().get(1).graceMillis()).isEqualTo(10);
    }

    @Test
    void aHoldIsAFileNamedAfterThePartThatReleasingRemoves() {
        StackControl stack = new StackControl(data, Map.of(), "127.0.0.1:1", 1);

        stack.hold(StackPart.KAFKA);
        assertThat(data.resolve("hold").resolve("kafka")).exists();

        stack.release(StackPart.KAFKA);
        assertThat(data.resolve("hold").resolve("kafka")).doesNotExist();
    }
}
