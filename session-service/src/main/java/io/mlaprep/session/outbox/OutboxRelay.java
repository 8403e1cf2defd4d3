package io.mlaprep.session.outbox;

import io.mlaprep.session.session.persistence.SessionKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves outbox entries from Redis streams to Kafka. One instance at a time owns a shard (a short
 * lease in Redis), so a shard's entries go out in order; an entry is deleted only after the broker
 * acknowledged it (idempotent producer, acks=all). With Kafka down entries wait, nothing is lost.
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);
    private static final int BATCH = 500;

    private final StringRedisTemplate redis;
    private final KafkaTemplate<String, String> kafka;
    private final SessionKeys keys;
    private final String instance = UUID.randomUUID().toString();
    private volatile Instant lastWarning = Instant.EPOCH;

    public OutboxRelay(StringRedisTemplate redis, KafkaTemplate<String, String> kafka, SessionKeys keys) {
        this.redis = redis;
        this.kafka = kafka;
        this.keys = keys;
    }

    @Scheduled(fixedDelayString = "${mla.outbox.poll-interval:100ms}")
    public void relay() {
        for (int shard = 0; shard < keys.shards(); shard++) {
            try {
                if (holdLease(shard)) {
                    drain(shard);
                }
            } catch (Exception e) {
                warn(shard, e);
                return;
            }
        }
    }

    /** Publishes waiting entries of one shard; returns how many went out. */
    int drain(int shard) throws Exception {
        String stream = keys.outbox(shard);
        int sent = 0;
        while (true) {
            List<MapRecord<String, Object, Object>> entries = redis.opsForStream()
                    .range(stream, Range.unbounded(), Limit.limit().count(BATCH));
            if (entries == null || entries.isEmpty()) {
                return sent;
            }
            List<CompletableFuture<SendResult<String, String>>> acks = new ArrayList<>(entries.size());
            for (MapRecord<String, Object, Object> entry : entries) {
                Map<Object, Object> value = entry.getValue();
                acks.add(kafka.send((String) value.get("t"), (String) value.get("k"), (String) value.get("v")));
            }
            List<RecordId> done = new ArrayList<>(entries.size());
            try {
                for (int i = 0; i < acks.size(); i++) {
                    acks.get(i).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    done.add(entries.get(i).getId());
                }
            } finally {
                if (!done.isEmpty()) {
                    redis.opsForStream().delete(stream, done.toArray(RecordId[]::new));
                    sent += done.size();
                }
            }
            if (entries.size() < BATCH) {
                return sent;
            }
        }
    }

    private boolean holdLease(int shard) {
        String lock = keys.relayLock(shard);
        Boolean acquired = redis.opsForValue().setIfAbsent(lock, instance, LEASE);
        if (Boolean.TRUE.equals(acquired)) {
            return true;
        }
        if (instance.equals(redis.opsForValue().get(lock))) {
            redis.expire(lock, LEASE);
            return true;
        }
        return false;
    }

    private void warn(int shard, Exception e) {
        Instant now = Instant.now();
        if (now.isAfter(lastWarning.plusSeconds(30))) {
            lastWarning = now;
            log.warn("outbox shard {} waits for Kafka, entries are kept and retried: {}", shard, e.toString());
        }
    }
}
