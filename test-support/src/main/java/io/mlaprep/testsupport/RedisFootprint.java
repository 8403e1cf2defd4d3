package io.mlaprep.testsupport;

import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** What a key costs in Redis and how Redis holds it, for the tests and benchmarks that keep state small. */
public final class RedisFootprint {

    private static final RedisScript<Long> MEMORY_USAGE =
            RedisScript.of("return redis.call('MEMORY', 'USAGE', KEYS[1], 'SAMPLES', 0)", Long.class);
    private static final RedisScript<String> ENCODING =
            RedisScript.of("return redis.call('OBJECT', 'ENCODING', KEYS[1])", String.class);

    private RedisFootprint() {
    }

    /** {@code MEMORY USAGE} of the key, every element counted ({@code SAMPLES 0}). */
    public static long bytes(StringRedisTemplate redis, String key) {
        return redis.execute(MEMORY_USAGE, List.of(key));
    }

    /** {@code OBJECT ENCODING} of the key, e.g. {@code listpack} or {@code hashtable}. */
    public static String encoding(StringRedisTemplate redis, String key) {
        return redis.execute(ENCODING, List.of(key));
    }
}
