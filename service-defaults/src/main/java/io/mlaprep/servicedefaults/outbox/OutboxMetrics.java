package io.mlaprep.servicedefaults.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How far each outbox's relay is behind, read from the store when the registry is scraped (so a relay that is
 * stuck or dead still shows its backlog growing):
 * <ul>
 *   <li>{@code mla_outbox_depth{outbox}}: entries waiting to be sent;</li>
 *   <li>{@code mla_outbox_oldest_age_seconds{outbox}}: how long the oldest waiting entry has waited, 0 when none.</li>
 * </ul>
 * A store that does not answer (Redis or MongoDB away) shows NaN for that scrape.
 */
final class OutboxMetrics {

    static final String DEPTH = "mla.outbox.depth";
    static final String OLDEST_AGE = "mla.outbox.oldest.age";

    private OutboxMetrics() {
    }

    static void register(List<Outbox> outboxes, MeterRegistry registry, Clock clock) {
        for (Outbox outbox : outboxes) {
            Gauge.builder(DEPTH, outbox.store(), OutboxStore::depth)
                    .description("Entries waiting in the outbox to be sent to Kafka")
                    .tag("outbox", outbox.name())
                    .register(registry);
            TimeGauge.builder(OLDEST_AGE, outbox.store(), TimeUnit.SECONDS, store -> oldestAgeSeconds(store, clock))
                    .description("How long the oldest entry waiting in the outbox has waited")
                    .tag("outbox", outbox.name())
                    .register(registry);
        }
    }

    private static double oldestAgeSeconds(OutboxStore store, Clock clock) {
        return store.oldest()
                .map(written -> Math.max(0, Duration.between(written, clock.instant()).toMillis()) / 1000.0)
                .orElse(0.0);
    }
}
