package io.mlaprep.servicedefaults.outbox;

import io.mlaprep.servicedefaults.web.RequestIdFilter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Moves outbox entries from Redis streams to Kafka. A service writes each state change and its event
 * into a stream in one Lua script; this relay publishes the entries (fields {@code t} topic, {@code k}
 * key, {@code v} JSON, optional {@code r} request id, sent as the X-Request-Id header) and deletes each
 * only after the broker acknowledged it (idempotent producer,
 * acks=all). One instance at a time owns a stream (a short lease in Redis), so a stream's entries go
 * out in order. With Kafka away, entries wait; nothing is lost.
 */
public class RedisOutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RedisOutboxRelay.class);
    // longer than one batch can take (its acks wait up to sendTimeout), so a held lease cannot lapse mid-batch
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration SETTLE_MARGIN = Duration.ofSeconds(5);
    private static final int BATCH = 500;
    private static final RedisScript<Long> HOLD_LEASE = RedisScript.of("""
            if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
            if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
            return 0""", Long.class);
    private static final RedisScript<Long> RELEASE_LEASE = RedisScript.of("""
            if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
            return 0""", Long.class);

    private final StringRedisTemplate redis;
    private final KafkaTemplate<String, String> kafka;
    private final int streams;
    private final IntFunction<String> streamKey;
    private final IntFunction<String> leaseKey;
    private final Duration pollInterval;
    private final String instance = UUID.randomUUID().toString();
    private ScheduledExecutorService scheduler;
    private volatile Instant lastWarning = Instant.EPOCH;
    private final Duration sendTimeout;

    /**
     * @param streamKey the stream of shard i (0 ≤ i &lt; streams); {@code leaseKey} its lease
     */
    public RedisOutboxRelay(StringRedisTemplate redis, KafkaTemplate<String, String> kafka, int streams,
                            IntFunction<String> streamKey, IntFunction<String> leaseKey, Duration pollInterval) {
        this.redis = redis;
        this.kafka = kafka;
        this.streams = streams;
        this.streamKey = streamKey;
        this.leaseKey = leaseKey;
        this.pollInterval = pollInterval;
        this.sendTimeout = settled(kafka);
    }

    /**
     * How long to wait for a send's acknowledgement: until the producer has settled it, one way or the other. Giving up
     * sooner would leave the record in the producer's hands, to be delivered after all once Kafka is back, while the
     * entry stays in the stream and is sent again: a duplicate.
     */
    private static Duration settled(KafkaTemplate<String, String> kafka) {
        Object configured = kafka.getProducerFactory().getConfigurationProperties()
                .get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG);
        Duration delivery = Duration.ofMillis(configured == null ? 120_000 : Long.parseLong(configured.toString()));
        Duration timeout = delivery.plus(SETTLE_MARGIN);
        if (timeout.compareTo(LEASE) >= 0) {
            throw new IllegalStateException("the producer's " + ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG + " ("
                    + delivery.toMillis() + " ms) must be under the relay lease (" + LEASE.minus(SETTLE_MARGIN)
                    .toMillis() + " ms), or a lease could lapse while a batch is in flight");
        }
        return timeout;
    }

    /** One pass over every stream this instance can own. */
    private void relayOnce() {
        for (int shard = 0; shard < streams; shard++) {
            try {
                drain(shard);
            } catch (Exception e) {
                warn(shard, e);
                return;
            }
        }
    }

    /**
     * Sends the shard's entries in batches while this instance holds its lease. The lease is renewed
     * before every batch: a long backlog must not outlive it, or a second instance could send the same
     * entries at the same time, out of order.
     */
    private void drain(int shard) throws Exception {
        String stream = streamKey.apply(shard);
        while (holdLease(shard)) {
            List<MapRecord<String, Object, Object>> entries = redis.opsForStream()
                    .range(stream, Range.unbounded(), Limit.limit().count(BATCH));
            if (entries == null || entries.isEmpty()) {
                return;
            }
            List<CompletableFuture<SendResult<String, String>>> acks = new ArrayList<>(entries.size());
            for (MapRecord<String, Object, Object> entry : entries) {
                Map<Object, Object> value = entry.getValue();
                ProducerRecord<String, String> record = new ProducerRecord<>((String) value.get("t"),
                        (String) value.get("k"), (String) value.get("v"));
                if (value.get("r") instanceof String requestId && !requestId.isEmpty()) {
                    record.headers().add(RequestIdFilter.HEADER, requestId.getBytes(StandardCharsets.UTF_8));
                }
                acks.add(kafka.send(record));
            }
            List<RecordId> done = new ArrayList<>(entries.size());
            try {
                for (int i = 0; i < acks.size(); i++) {
                    acks.get(i).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
                    done.add(entries.get(i).getId());
                }
            } finally {
                if (!done.isEmpty()) {
                    redis.opsForStream().delete(stream, done.toArray(RecordId[]::new));
                }
            }
            if (entries.size() < BATCH) {
                return;
            }
        }
    }

    private boolean holdLease(int shard) {
        return redis.execute(HOLD_LEASE, List.of(leaseKey.apply(shard)), instance, Long.toString(LEASE.toMillis())) == 1;
    }

    /** Hands this instance's leases over at once, so another instance need not wait for them to lapse. */
    private void releaseLeases() {
        try {
            for (int shard = 0; shard < streams; shard++) {
                redis.execute(RELEASE_LEASE, List.of(leaseKey.apply(shard)), instance);
            }
        } catch (RuntimeException e) {
            log.info("outbox leases not released, they lapse within {}: {}", LEASE, e.toString());
        }
    }

    private void warn(int shard, Exception e) {
        Instant now = Instant.now();
        if (now.isAfter(lastWarning.plusSeconds(30))) {
            lastWarning = now;
            log.warn("outbox stream {} waits for Kafka; entries are kept and retried: {}", streamKey.apply(shard),
                    e.toString());
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("outbox-relay").daemon().factory());
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                relayOnce();
            } catch (RuntimeException e) {
                log.warn("outbox relay pass failed: {}", e.toString());
            }
        }, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                // a pass still sending keeps its leases: they lapse on their own, never under a running send
                if (scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
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

    /** Stops after the web server stopped taking requests, before Redis and Kafka clients close. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }
}
