package io.mlaprep.servicedefaults.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** A lease in one Redis string holding its owner, expiring by Redis' own clock (PX). */
public class RedisOutboxLease implements OutboxLease {

    private static final RedisScript<Long> ACQUIRE = RedisScript.of("""
            if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
            if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
            return 0""", Long.class);
    private static final RedisScript<Long> RENEW = RedisScript.of("""
            if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
            return 0""", Long.class);
    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
            return 0""", Long.class);

    private final StringRedisTemplate redis;
    private final String key;

    public RedisOutboxLease(StringRedisTemplate redis, String key) {
        this.redis = redis;
        this.key = key;
    }

    @Override
    public boolean acquire(String owner, Duration ttl) {
        return redis.execute(ACQUIRE, List.of(key), owner, Long.toString(ttl.toMillis())) == 1;
    }

    @Override
    public boolean renew(String owner, Duration ttl) {
        return redis.execute(RENEW, List.of(key), owner, Long.toString(ttl.toMillis())) == 1;
    }

    @Override
    public void release(String owner) {
        redis.execute(RELEASE, List.of(key), owner);
    }
}
