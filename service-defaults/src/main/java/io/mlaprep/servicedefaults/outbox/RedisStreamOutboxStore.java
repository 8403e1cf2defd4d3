package io.mlaprep.servicedefaults.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * An outbox kept in a Redis stream, written by the service's Lua scripts together with the state change. Entry
 * fields: {@code t} topic, {@code k} key, {@code v} JSON, optional {@code r} request id and {@code p} W3C
 * traceparent (empty or absent: no trace context). The stream is one
 * sequence, so every aggregate's entries come back in the order written.
 */
public class RedisStreamOutboxStore implements OutboxStore {

    private final StringRedisTemplate redis;
    private final String stream;

    public RedisStreamOutboxStore(StringRedisTemplate redis, String stream) {
        this.redis = redis;
        this.stream = stream;
    }

    @Override
    public List<OutboxEntry> pending(int limit) {
        List<MapRecord<String, Object, Object>> records = redis.opsForStream()
                .range(stream, Range.unbounded(), Limit.limit().count(limit));
        if (records == null) {
            return List.of();
        }
        return records.stream().map(RedisStreamOutboxStore::entry).toList();
    }

    private static OutboxEntry entry(MapRecord<String, Object, Object> record) {
        Map<Object, Object> value = record.getValue();
        return new OutboxEntry(record.getId().getValue(), (String) value.get("t"), (String) value.get("k"),
                (String) value.get("v"), (String) value.get("r"), (String) value.get("p"));
    }

    @Override
    public long depth() {
        Long length = redis.opsForStream().size(stream);
        return length == null ? 0 : length;
    }

    /** The first entry's id holds the millisecond Redis added it at. */
    @Override
    public Optional<Instant> oldest() {
        List<MapRecord<String, Object, Object>> first = redis.opsForStream()
                .range(stream, Range.unbounded(), Limit.limit().count(1));
        return first == null || first.isEmpty() ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(first.getFirst().getId().getTimestamp()));
    }

    @Override
    public void delete(List<OutboxEntry> sent) {
        redis.opsForStream().delete(stream, sent.stream().map(e -> RecordId.of(e.id())).toArray(RecordId[]::new));
    }
}
