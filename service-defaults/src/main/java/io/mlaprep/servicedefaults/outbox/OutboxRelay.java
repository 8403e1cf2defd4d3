package io.mlaprep.servicedefaults.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.mlaprep.servicedefaults.tracing.MessageTracing;
import io.mlaprep.servicedefaults.web.RequestIdFilter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Moves events from outboxes to Kafka, the one relay of every producing service. A service writes each state
 * change and its event together into an {@link OutboxStore}; this relay sends the waiting entries in batches
 * and deletes each only after the broker acknowledged it (idempotent producer, acks=all). One instance at a
 * time holds an outbox's {@link OutboxLease}, renewed before every batch, so an aggregate's entries go out once
 * and in order however many replicas run. With Kafka away, entries wait and are retried; nothing is lost. A
 * crash between the acknowledgement and the delete sends the batch again: consumers deduplicate on eventId.
 * As a {@link MeterBinder} bean it reports every outbox's depth and oldest entry's age ({@link OutboxMetrics}).
 * Each record goes out in the trace of the request that wrote its entry ({@link MessageTracing#publish}).
 */
public class OutboxRelay implements SmartLifecycle, MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration WARN_EVERY = Duration.ofSeconds(30);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);
    private static final Duration RELEASE_WAIT = Duration.ofSeconds(2);

    private final List<Outbox> outboxes;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxSettings settings;
    private final MessageTracing tracing;
    private final String owner = UUID.randomUUID().toString();
    private volatile Instant lastWarning = Instant.EPOCH;
    private volatile ScheduledThreadPoolExecutor scheduler;
    private final Object scheduling = new Object();
    /** The next pass, once scheduled; guarded by {@link #scheduling}. */
    private ScheduledFuture<?> nextPass;
    /** Set by {@link #wake}: an entry may have been written after the running pass looked at its outbox. */
    private volatile boolean woken;

    public OutboxRelay(List<Outbox> outboxes, KafkaTemplate<String, String> kafka, OutboxSettings settings) {
        this(outboxes, kafka, settings, MessageTracing.NONE);
    }

    public OutboxRelay(List<Outbox> outboxes, KafkaTemplate<String, String> kafka, OutboxSettings settings,
                       MessageTracing tracing) {
        check(settings, kafka);
        this.outboxes = List.copyOf(outboxes);
        this.kafka = kafka;
        this.settings = settings;
        this.tracing = tracing;
    }

    /**
     * The relay must wait until the producer has settled a send, one way or the other: giving up sooner would leave
     * the record in the producer's hands, to be delivered after all once Kafka is back, while the entry stays in
     * the outbox and is sent again. And it must stop waiting before its lease lapses, or a second instance could
     * take the outbox over while a batch is still in flight.
     */
    static void check(OutboxSettings settings, KafkaTemplate<String, String> kafka) {
        if (settings.batchSize() < 1 || settings.pollInterval() == null || !settings.pollInterval().isPositive()
                || settings.idlePollInterval() == null || settings.idlePollInterval().compareTo(settings.pollInterval()) < 0
                || settings.leaseTtl() == null || settings.sendTimeout() == null) {
            throw new IllegalStateException("mla.outbox needs poll-interval > 0, idle-poll-interval >= poll-interval, "
                    + "batch-size > 0, lease-ttl and send-timeout; got " + settings);
        }
        Object configured = kafka.getProducerFactory().getConfigurationProperties()
                .get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG);
        Duration delivery = Duration.ofMillis(configured == null ? 120_000 : Long.parseLong(configured.toString()));
        if (settings.sendTimeout().compareTo(delivery) <= 0) {
            throw new IllegalStateException("mla.outbox.send-timeout (" + settings.sendTimeout().toMillis()
                    + " ms) must exceed the producer's " + ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG + " ("
                    + delivery.toMillis() + " ms), or a send given up on could still be delivered and then sent again");
        }
        if (settings.sendTimeout().compareTo(settings.leaseTtl()) >= 0) {
            throw new IllegalStateException("mla.outbox.send-timeout (" + settings.sendTimeout().toMillis()
                    + " ms) must be under mla.outbox.lease-ttl (" + settings.leaseTtl().toMillis()
                    + " ms), or a lease could lapse while a batch is in flight");
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        OutboxMetrics.register(outboxes, registry, Clock.systemUTC());
    }

    /**
     * One pass over every outbox; a failure ends the pass, the next one retries.
     *
     * @return whether the pass found anything to send, even if sending failed
     */
    boolean relayOnce() {
        boolean found = false;
        for (Outbox outbox : outboxes) {
            try {
                found |= drain(outbox);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            } catch (Exception e) {
                warn(outbox, e);
                return true;
            }
        }
        return found;
    }

    /** The pause after a pass: {@code pollInterval} after one that found work, else twice the last, up to the idle one. */
    static Duration nextPause(Duration last, boolean foundWork, OutboxSettings settings) {
        if (foundWork) {
            return settings.pollInterval();
        }
        return doubledUpTo(last, settings.idlePollInterval());
    }

    /** Twice {@code last}, but not more than {@code longest}: a wait that grows while nothing changes. */
    static Duration doubledUpTo(Duration last, Duration longest) {
        Duration doubled = last.multipliedBy(2);
        return doubled.compareTo(longest) > 0 ? longest : doubled;
    }

    /**
     * Sends the outbox's entries in batches while this instance holds its lease. The lease is renewed before
     * every further batch: a long backlog must not outlive it, or a second instance could send the same entries
     * at the same time, out of order.
     */
    private boolean drain(Outbox outbox) throws Exception {
        boolean held = outbox.lease().acquire(owner, settings.leaseTtl());
        boolean found = false;
        while (held) {
            List<OutboxEntry> entries = outbox.store().pending(settings.batchSize());
            if (entries.isEmpty()) {
                return found;
            }
            found = true;
            send(outbox, entries);
            log.debug("outbox {}: {} entries relayed", outbox.name(), entries.size());
            if (entries.size() < settings.batchSize()) {
                return true;
            }
            held = outbox.lease().renew(owner, settings.leaseTtl());
        }
        return found;
    }

    /**
     * Sends the batch, then deletes the entries acknowledged in a row from its start. An entry after one that
     * failed stays even if acknowledged, so an aggregate's later event is never published alone before an
     * earlier one is sent again.
     */
    private void send(Outbox outbox, List<OutboxEntry> entries) throws Exception {
        List<CompletableFuture<SendResult<String, String>>> acks = new ArrayList<>(entries.size());
        RuntimeException refused = null;
        for (OutboxEntry entry : entries) {
            try {
                CompletableFuture<SendResult<String, String>> ack = tracing.publish(record(entry), entry.traceparent(),
                        kafka::send);
                acks.add(ack);
                if (ack.isCompletedExceptionally()) {
                    // refused at once (no broker within max.block.ms): the rest would each wait as long again
                    break;
                }
            } catch (RuntimeException e) {
                refused = e;
                break;
            }
        }
        long deadline = System.nanoTime() + settings.sendTimeout().toNanos();
        List<OutboxEntry> acknowledged = new ArrayList<>(acks.size());
        try {
            for (int i = 0; i < acks.size(); i++) {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(entries.get(i));
            }
        } finally {
            if (!acknowledged.isEmpty()) {
                outbox.store().delete(acknowledged);
            }
        }
        if (refused != null) {
            throw refused;
        }
    }

    private static ProducerRecord<String, String> record(OutboxEntry entry) {
        ProducerRecord<String, String> record = new ProducerRecord<>(entry.topic(), entry.key(), entry.value());
        if (entry.requestId() != null && !entry.requestId().isEmpty()) {
            record.headers().add(RequestIdFilter.HEADER, entry.requestId().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    /**
     * Hands this instance's leases over at once, so another instance need not wait for them to lapse. A
     * courtesy on the way out: all are released side by side, and a store that no longer answers (it may be
     * shutting down too) gets {@link #RELEASE_WAIT} in all, after which its leases are left to lapse rather
     * than holding the shutdown up.
     */
    private void releaseLeases() throws InterruptedException {
        List<Thread> releases = new ArrayList<>();
        for (Outbox outbox : outboxes) {
            releases.add(Thread.ofVirtual().name("outbox-release").start(() -> {
                try {
                    outbox.lease().release(owner);
                } catch (RuntimeException e) {
                    log.info("outbox {}: lease not released, it lapses within {}: {}", outbox.name(),
                            settings.leaseTtl(), e.toString());
                }
            }));
        }
        Instant deadline = Instant.now().plus(RELEASE_WAIT);
        for (Thread release : releases) {
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || !release.join(left)) {
                log.info("outbox leases not all released within {}; the rest lapse within {}", RELEASE_WAIT,
                        settings.leaseTtl());
                return;
            }
        }
    }

    private void warn(Outbox outbox, Exception e) {
        Instant now = Instant.now();
        if (now.isAfter(lastWarning.plus(WARN_EVERY))) {
            lastWarning = now;
            log.warn("outbox {} waits for Kafka; entries are kept and retried: {}", outbox.name(), e.toString());
        }
    }

    @Override
    public synchronized void start() {
        scheduler = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().name("outbox-relay").daemon().factory());
        // a pass waiting for its turn when the relay stops is dropped, not run during the shutdown
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scheduler.execute(() -> passThenPause(settings.pollInterval()));
    }

    private void passThenPause(Duration lastPause) {
        woken = false;
        boolean foundWork = true;
        try {
            foundWork = relayOnce();
        } catch (RuntimeException e) {
            log.warn("outbox relay pass failed: {}", e.toString());
        }
        synchronized (scheduling) {
            Duration pause = nextPause(lastPause, foundWork || woken, settings);
            schedule(() -> passThenPause(pause), pause);
        }
    }

    /**
     * New entries wait in an outbox: a relay idling between passes makes its next pass now, so an event written
     * after a quiet spell leaves at once rather than after up to {@code idlePollInterval}. A relay that is in a pass
     * makes its next one after {@code pollInterval}, as after a pass that found work; one whose next pass is that
     * close already keeps to it, so a busy relay is not made to pass once per entry.
     */
    public void wake() {
        woken = true;
        synchronized (scheduling) {
            if (nextPass != null && nextPass.getDelay(TimeUnit.MILLISECONDS) > settings.pollInterval().toMillis()
                    && nextPass.cancel(false)) {
                schedule(() -> passThenPause(settings.pollInterval()), Duration.ZERO);
            }
        }
    }

    private void schedule(Runnable pass, Duration after) {
        ScheduledThreadPoolExecutor current = scheduler;
        try {
            if (current != null) {
                nextPass = current.schedule(pass, after.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RejectedExecutionException e) {
            // stopping: no further pass
        }
    }

    /** The outboxes' names: a store that announces new entries does so under its outbox's name. */
    public List<String> outboxNames() {
        return outboxes.stream().map(Outbox::name).toList();
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                // a pass still sending keeps its leases: they lapse on their own, never under a running send
                if (scheduler.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    releaseLeases();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    /** Stops after the web server stopped taking requests, before the store and Kafka clients close. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }
}
