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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
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
 * <p>
 * A store that announces its new entries ({@link #wake(String)}) is relayed by passes over just the announced
 * outboxes, at most one per {@code pollInterval}, so an event leaves within about that of being written. Sweeps
 * over every outbox, every {@code pollInterval} backing off to {@code idlePollInterval}, are the safety net, and
 * the only passes where nothing announces. Within a pass every outbox's batch is in flight at once.
 * <p>
 * As a {@link MeterBinder} bean it reports every outbox's depth and oldest entry's age ({@link OutboxMetrics}).
 * Each record goes out in the trace of the request that wrote its entry ({@link MessageTracing#publish}).
 */
public class OutboxRelay implements SmartLifecycle, MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration WARN_EVERY = Duration.ofSeconds(30);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);
    private static final Duration RELEASE_WAIT = Duration.ofSeconds(2);

    private final List<Outbox> outboxes;
    private final Set<String> names;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxSettings settings;
    private final MessageTracing tracing;
    private final String owner = UUID.randomUUID().toString();
    private volatile Instant lastWarning = Instant.EPOCH;
    private volatile ScheduledThreadPoolExecutor scheduler;
    private final Object scheduling = new Object();
    /** The next sweep over every outbox, once scheduled; guarded by {@link #scheduling}. */
    private ScheduledFuture<?> nextSweep;
    /** Outboxes announced by {@link #wake} since a pass last took them: the next pass visits just these. */
    private final Set<String> announced = ConcurrentHashMap.newKeySet();
    /** Whether a pass over the announced outboxes waits to run; set by {@link #wake}, cleared as that pass starts. */
    private final AtomicBoolean announcedPassQueued = new AtomicBoolean();
    /** When the last pass over announced outboxes started ({@link System#nanoTime}); written by the relay thread. */
    private volatile long lastAnnouncedPass = System.nanoTime() - Duration.ofDays(1).toNanos();

    public OutboxRelay(List<Outbox> outboxes, KafkaTemplate<String, String> kafka, OutboxSettings settings) {
        this(outboxes, kafka, settings, MessageTracing.NONE);
    }

    public OutboxRelay(List<Outbox> outboxes, KafkaTemplate<String, String> kafka, OutboxSettings settings,
                       MessageTracing tracing) {
        check(settings, kafka);
        this.outboxes = List.copyOf(outboxes);
        this.names = this.outboxes.stream().map(Outbox::name).collect(Collectors.toUnmodifiableSet());
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
     * One pass over every outbox.
     *
     * @return whether the pass found anything to send, even if sending failed
     */
    boolean relayOnce() {
        Pass pass = pass(outboxes);
        return pass.failed() || !pass.sentFrom().isEmpty();
    }

    /**
     * What a pass did: the outboxes it found entries in, and whether a send or a store failed (the entries are kept
     * and a sweep tries again).
     */
    record Pass(Set<String> sentFrom, boolean failed) {
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
     * Sends what waits in each of {@code visiting} whose lease this instance holds, every outbox's batch in flight
     * together, so a pass waits for the broker once rather than once per outbox. An outbox whose batch was full has
     * more: it goes on in a further round, its lease renewed first, so a long backlog never outlives the lease (or a
     * second instance could send the same entries at the same time, out of order). A failure ends the pass once the
     * batches already in flight have settled.
     */
    Pass pass(List<Outbox> visiting) {
        Set<String> sentFrom = new HashSet<>();
        List<Outbox> round = visiting;
        boolean furtherRound = false;
        while (!round.isEmpty()) {
            // every lease of the round is taken after this, so it outlasts the wait for the round's acknowledgements
            long deadline = System.nanoTime() + settings.sendTimeout().toNanos();
            List<Batch> inFlight = new ArrayList<>();
            boolean failed = false;
            for (Outbox outbox : round) {
                try {
                    Batch batch = dispatch(outbox, furtherRound);
                    if (batch != null) {
                        sentFrom.add(outbox.name());
                        inFlight.add(batch);
                        if (batch.refused() != null) {
                            // Kafka refused at once: every further outbox would wait as long again
                            failed = true;
                            break;
                        }
                    }
                } catch (RuntimeException e) {
                    warn(outbox, e);
                    failed = true;
                    break;
                }
            }
            List<Outbox> full = new ArrayList<>();
            for (Batch batch : inFlight) {
                try {
                    settle(batch, deadline);
                    if (batch.entries().size() == settings.batchSize()) {
                        full.add(batch.outbox());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Pass(sentFrom, true);
                } catch (Exception e) {
                    warn(batch.outbox(), e);
                    failed = true;
                }
            }
            if (failed) {
                return new Pass(sentFrom, true);
            }
            round = full;
            furtherRound = true;
        }
        return new Pass(sentFrom, false);
    }

    /** One outbox's batch handed to the producer: its entries, their acknowledgements, and a send refused at once. */
    private record Batch(Outbox outbox, List<OutboxEntry> entries,
                         List<CompletableFuture<SendResult<String, String>>> acks, RuntimeException refused) {
    }

    /**
     * Takes (or in a further round renews) the outbox's lease and hands its waiting entries to the producer, up to
     * the first one refused; null when the lease is another's or nothing waits.
     */
    private Batch dispatch(Outbox outbox, boolean furtherRound) {
        boolean held = furtherRound ? outbox.lease().renew(owner, settings.leaseTtl())
                : outbox.lease().acquire(owner, settings.leaseTtl());
        if (!held) {
            return null;
        }
        List<OutboxEntry> entries = outbox.store().pending(settings.batchSize());
        if (entries.isEmpty()) {
            return null;
        }
        List<CompletableFuture<SendResult<String, String>>> acks = new ArrayList<>(entries.size());
        for (OutboxEntry entry : entries) {
            try {
                CompletableFuture<SendResult<String, String>> ack = tracing.publish(record(entry), entry.traceparent(),
                        kafka::send);
                acks.add(ack);
                if (ack.isCompletedExceptionally()) {
                    // refused at once (no broker within max.block.ms): the rest would each wait as long again
                    return new Batch(outbox, entries, acks,
                            new IllegalStateException("Kafka refused a send at once", ack.exceptionNow()));
                }
            } catch (RuntimeException e) {
                return new Batch(outbox, entries, acks, e);
            }
        }
        return new Batch(outbox, entries, acks, null);
    }

    /**
     * Waits for the batch's acknowledgements, then deletes the entries acknowledged in a row from its start. An
     * entry after one that failed stays even if acknowledged, so an aggregate's later event is never published alone
     * before an earlier one is sent again.
     */
    private void settle(Batch batch, long deadline) throws Exception {
        List<OutboxEntry> acknowledged = new ArrayList<>(batch.acks().size());
        try {
            for (int i = 0; i < batch.acks().size(); i++) {
                batch.acks().get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(batch.entries().get(i));
            }
        } finally {
            if (!acknowledged.isEmpty()) {
                batch.outbox().store().delete(acknowledged);
            }
        }
        if (batch.refused() != null) {
            throw batch.refused();
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
        announcedPassQueued.set(false); // a pass queued before a stop was dropped with its scheduler
        scheduler.execute(() -> sweepThenPause(settings.pollInterval()));
    }

    /**
     * A pass over every outbox: the safety net for an announcement missed, for a store that announces nothing, and
     * the retry after a failure. Its pause doubles while it finds nothing the announcements had not covered already.
     */
    private void sweepThenPause(Duration lastPause) {
        boolean unannouncedWork = true;
        try {
            Pass pass = pass(outboxes);
            // an outbox announced by now has its own pass queued: what the sweep found there was not missed
            unannouncedWork = pass.failed() || !announced.containsAll(pass.sentFrom());
        } catch (RuntimeException e) {
            log.warn("outbox relay pass failed: {}", e.toString());
        }
        synchronized (scheduling) {
            Duration pause = nextPause(lastPause, unannouncedWork, settings);
            scheduleSweep(pause);
        }
    }

    /**
     * A pass over the outboxes announced since the last one took them, {@code pollInterval} after the last one
     * started at the soonest: a quiet relay sends an entry at once, a busy one what gathered meanwhile, in one
     * batch per outbox (fewer, fuller produce requests and consumer fetches), and neither visits an outbox that has
     * nothing.
     */
    private void announcedPass() {
        announcedPassQueued.set(false);
        lastAnnouncedPass = System.nanoTime();
        List<Outbox> visiting = outboxes.stream().filter(outbox -> announced.remove(outbox.name())).toList();
        if (visiting.isEmpty()) {
            return;
        }
        boolean failed = true;
        try {
            failed = pass(visiting).failed();
        } catch (RuntimeException e) {
            log.warn("outbox relay pass failed: {}", e.toString());
        }
        if (failed) {
            // the entries stay; sweeps try again every pollInterval, as after any failure
            synchronized (scheduling) {
                if (nextSweep != null && nextSweep.getDelay(TimeUnit.MILLISECONDS) > settings.pollInterval().toMillis()
                        && nextSweep.cancel(false)) {
                    scheduleSweep(settings.pollInterval());
                }
            }
        }
    }

    /**
     * New entries wait in the outbox named {@code outboxName}: a pass over the announced outboxes runs now, or as
     * soon as {@link #announcedPass} allows. A name that is not one of this relay's outboxes is ignored.
     */
    public void wake(String outboxName) {
        if (!names.contains(outboxName)) {
            return;
        }
        announced.add(outboxName);
        if (announcedPassQueued.compareAndSet(false, true)) {
            ScheduledThreadPoolExecutor current = scheduler;
            try {
                if (current == null) {
                    announcedPassQueued.set(false);
                } else {
                    long wait = lastAnnouncedPass + settings.pollInterval().toNanos() - System.nanoTime();
                    current.schedule(this::announcedPass, Math.max(0, wait), TimeUnit.NANOSECONDS);
                }
            } catch (RejectedExecutionException e) {
                announcedPassQueued.set(false); // stopping: no further pass
            }
        }
    }

    private void scheduleSweep(Duration after) {
        ScheduledThreadPoolExecutor current = scheduler;
        try {
            if (current != null) {
                nextSweep = current.schedule(() -> sweepThenPause(after), after.toMillis(), TimeUnit.MILLISECONDS);
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
