package io.mlaprep.recommender.support;

import io.mlaprep.recommender.redis.RedisKeys;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Everything Redis holds of one learner, byte for byte: every field of the learner hash and of the memory buckets,
 * as {@code "<key> <field>" -> value in hex} (bucket values are binary, which a string read would mangle).
 */
public final class StoredLearner {

    private StoredLearner() {
    }

    public static Map<String, String> dump(StringRedisTemplate redis, RedisKeys keys, String learnerId) {
        Map<String, String> state = new TreeMap<>();
        for (String key : keys.learnerState(learnerId)) {
            Map<byte[], byte[]> hash = redis.execute((RedisCallback<Map<byte[], byte[]>>) connection ->
                    connection.hashCommands().hGetAll(key.getBytes(StandardCharsets.UTF_8)));
            hash.forEach((field, value) -> state.put(key + " " + new String(field, StandardCharsets.UTF_8),
                    HexFormat.of().formatHex(value)));
        }
        return state;
    }
}
