package io.mlaprep.servicedefaults.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The relay's timings, {@code mla.outbox.*}; the defaults are in service-defaults.yml.
 *
 * @param pollInterval pause between passes over the outboxes once they are empty or a send failed
 * @param batchSize    entries read and sent before the relay waits for their acknowledgements
 * @param leaseTtl     how long a lease lasts unless its owner renews it (before every batch)
 * @param sendTimeout  how long the relay waits for a batch's acknowledgements: longer than the producer's
 *                     {@code delivery.timeout.ms}, shorter than the lease
 */
@ConfigurationProperties("mla.outbox")
public record OutboxSettings(Duration pollInterval, int batchSize, Duration leaseTtl, Duration sendTimeout) {
}
