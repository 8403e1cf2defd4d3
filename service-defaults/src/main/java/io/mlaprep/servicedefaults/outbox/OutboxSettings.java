package io.mlaprep.servicedefaults.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The relay's timings, {@code mla.outbox.*}; the defaults are in service-defaults.yml.
 *
 * @param pollInterval the shortest spacing of passes over announced outboxes (what gathers meanwhile goes in one
 *                     batch), and the pause before the next sweep over every outbox once one found work the
 *                     announcements had not covered, or a send failed
 * @param idlePollInterval the longest pause: while passes keep finding every outbox empty, each pause doubles
 *                     from {@code pollInterval} up to this, so an idle service does not poll its store ten times a
 *                     second; the first pass that sends something returns to {@code pollInterval}
 * @param batchSize    entries read and sent before the relay waits for their acknowledgements
 * @param leaseTtl     how long a lease lasts unless its owner renews it (before every batch)
 * @param sendTimeout  how long the relay waits for a batch's acknowledgements: longer than the producer's
 *                     {@code delivery.timeout.ms}, shorter than the lease
 */
@ConfigurationProperties("mla.outbox")
public record OutboxSettings(Duration pollInterval, int batchSize, Duration leaseTtl, Duration sendTimeout,
                             Duration idlePollInterval) {

    @ConstructorBinding
    public OutboxSettings {
    }

    /** Settings that never back off: every pause is {@code pollInterval}. */
    public OutboxSettings(Duration pollInterval, int batchSize, Duration leaseTtl, Duration sendTimeout) {
        this(pollInterval, batchSize, leaseTtl, sendTimeout, pollInterval);
    }
}
