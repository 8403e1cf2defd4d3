package io.mlaprep.servicedefaults.inbound;

import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Claims as Redis strings {@code <prefix><eventId> = <topic>-<partition>@<offset>}, set if absent, kept for
 * {@code ttl}: longer than any copy of an event can trail it (a relay's re-sent batch follows within its next
 * passes; a producer's retry within its delivery timeout).
 */
public class RedisEventClaims implements EventClaims {

    private static final RedisScript<Long> CLAIM = RedisScript.of("""
            if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
            if redis.call('get', KEYS[1]) == ARGV[1] then return 1 end
            return 0""", Long.class);

    private final StringRedisTemplate redis;
    private final String prefix;
    private final Duration ttl;

    public RedisEventClaims(StringRedisTemplate redis, String prefix, Duration ttl) {
        this.redis = redis;
        this.prefix = prefix;
        this.ttl = ttl;
    }

    @Override
    public boolean[] claim(List<Claim> claims) {
        boolean[] own = new boolean[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            Delivery at = claim.delivery();
            own[i] = redis.execute(CLAIM, List.of(prefix + claim.eventId()),
                    at.topicPartition() + "@" + at.offset(), Long.toString(ttl.toMillis())) == 1;
        }
        return own;
    }

    /** The key of an event's claim. */
    public String key(String eventId) {
        return prefix + eventId;
    }
}
