package io.mlaprep.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {

    private final RestartBackoff backoff = new RestartBackoff();

    @Test
    void aServiceThatCrashedOnceIsStartedAgainAtOnce() {
        assertThat(backoff.afterCrash(Duration.ofHours(2))).isEqualTo(RestartBackoff.FIRST);
    }

    @Test
    void aServiceThatKeepsCrashingSoonAfterStartingWaitsTwiceAsLongEachTimeUpToTheCap() {
        Duration[] waits = new Duration[9];
        for (int i = 0; i < waits.length; i++) {
            waits[i] = backoff.afterCrash(Duration.ofSeconds(10));
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(32), Duration.ofSeconds(60),
                Duration.ofSeconds(60), Duration.ofSeconds(60));
    }

    @Test
    void aServiceThatRanSteadilyBeforeItsNextCrashStartsOverFromTheFirstWait() {
        for (int i = 0; i < 5; i++) {
            backoff.afterCrash(Duration.ofSeconds(10));
        }

        assertThat(backoff.afterCrash(RestartBackoff.STEADY)).isEqualTo(RestartBackoff.FIRST);
        assertThat(backoff.afterCrash(Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(2));
    }
}
