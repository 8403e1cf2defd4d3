package io.mlaprep.servicedefaults.outbox;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The outboxes of a service that shards its Redis keys: one stream and one lease per shard. */
public final class RedisOutboxes {

    private RedisOutboxes() {
    }

    /** @param streamKey the stream of shard i (0 ≤ i &lt; shards); {@code leaseKey} its lease */
    public static List<Outbox> sharded(StringRedisTemplate redis, int shards, IntFunction<String> streamKey,
                                       IntFunction<String> leaseKey) {
        return IntStream.range(0, shards)
                .mapToObj(shard -> new Outbox(streamKey.apply(shard),
                        new RedisStreamOutboxStore(redis, streamKey.apply(shard)),
                        new RedisOutboxLease(redis, leaseKey.apply(shard))))
                .toList();
    }
}
