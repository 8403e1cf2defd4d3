package io.mlaprep.servicedefaults.inbound;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long events took from when they happened until this service had handled them, per topic:
 * {@code mla_event_delay_seconds{topic}}, a histogram (1 ms to 5 min). For an answer in practice that is the time
 * from the stored answer through the outbox, the relay and Kafka to the consumer's finished handler, the end-to-end
 * delay learners feel as "my dashboard lags". An exam's answers are published when it finishes, so theirs include
 * the time the exam was still open. A delay over 5 min (a backlog after an outage, a replay of old events) counts as
 * 5 min: the histogram tells longer ones apart no further, and a replay's months-old events, recorded as they are,
 * overflow the timer's total (a long of nanoseconds, 292 years) after a few hundred.
 */
public final class EventDelays {

    static final String DELAY = "mla.event.delay";
    private static final Duration LONGEST = Duration.ofMinutes(5);
    /** Records nothing (tests, and services without a registry). */
    public static final EventDelays NONE = new EventDelays(null, Clock.systemUTC());

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, Timer> byTopic = new ConcurrentHashMap<>();

    private EventDelays(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public static EventDelays recordedIn(MeterRegistry registry) {
        return recordedIn(registry, Clock.systemUTC());
    }

    static EventDelays recordedIn(MeterRegistry registry, Clock clock) {
        return new EventDelays(registry, clock);
    }

    /** The event from {@code topic} that happened at {@code occurredAt} has been handled just now. */
    void handled(String topic, Instant occurredAt) {
        if (registry == null) {
            return;
        }
        // clocks of two hosts may disagree by a little: an event never arrives before it happened
        Duration delay = Duration.between(occurredAt, clock.instant());
        timer(topic).record(delay.isNegative() ? Duration.ZERO : delay.compareTo(LONGEST) > 0 ? LONGEST : delay);
    }

    private Timer timer(String topic) {
        return byTopic.computeIfAbsent(topic, name -> Timer.builder(DELAY)
                .description("From an event's occurredAt until this service had handled it")
                .tag("topic", name)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(LONGEST)
                .register(registry));
    }
}
