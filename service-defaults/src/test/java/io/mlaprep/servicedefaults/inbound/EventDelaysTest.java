package io.mlaprep.servicedefaults.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventDelaysTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EventDelays delays = EventDelays.recordedIn(meters, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aDelayIsRecordedAsItWas() {
        delays.handled("t", NOW.minusMillis(250));

        assertThat(timer().totalTime(TimeUnit.MILLISECONDS)).isEqualTo(250);
    }

    @Test
    void anEventFromTheFutureOfThisHostsClockCountsAsNoDelay() {
        delays.handled("t", NOW.plusSeconds(2));

        assertThat(timer().count()).isEqualTo(1);
        assertThat(timer().totalTime(TimeUnit.MILLISECONDS)).isZero();
    }

    @Test
    void replayedEventsMonthsOldCountAsTheLongestDelayTheHistogramTellsApartAndKeepTheTotalTrue() {
        // a replay of a year's answers: recorded as they are, a few hundred overflow the timer's nanosecond total
        for (int i = 0; i < 1_000; i++) {
            delays.handled("t", NOW.minus(Duration.ofDays(365)));
        }

        assertThat(timer().count()).isEqualTo(1_000);
        assertThat(timer().max(TimeUnit.SECONDS)).isEqualTo(300);
        assertThat(timer().totalTime(TimeUnit.SECONDS)).isEqualTo(300_000);
    }

    private Timer timer() {
        return meters.get("mla.event.delay").tag("topic", "t").timer();
    }
}
