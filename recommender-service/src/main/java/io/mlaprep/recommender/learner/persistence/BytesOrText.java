package io.mlaprep.recommender.learner.persistence;

import java.nio.charset.StandardCharsets;
import org.springframework.data.redis.serializer.RedisSerializer;

/**
 * Script arguments and replies as Redis holds them: {@code byte[]} passes through untouched (binary memories), any
 * other argument is written as UTF-8 text. {@code StringRedisTemplate}'s own serializer would decode binary values
 * as UTF-8 and corrupt them.
 */
final class BytesOrText implements RedisSerializer<Object> {

    static final BytesOrText INSTANCE = new BytesOrText();

    private BytesOrText() {
    }

    @Override
    public byte[] serialize(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof byte[] bytes ? bytes : value.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Object deserialize(byte[] bytes) {
        return bytes;
    }
}
