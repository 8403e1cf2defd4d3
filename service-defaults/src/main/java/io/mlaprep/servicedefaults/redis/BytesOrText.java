package io.mlaprep.servicedefaults.redis;

import java.nio.charset.StandardCharsets;
import org.springframework.data.redis.serializer.RedisSerializer;

/**
 * Script arguments and replies as Redis holds them: {@code byte[]} passes through untouched (binary values such as
 * compressed session items or FSRS memories), any other argument is written as UTF-8 text, and replies come back as
 * bytes (a list reply as a list of them). {@code StringRedisTemplate}'s own serializer would decode binary values
 * as UTF-8 and corrupt them.
 */
public final class BytesOrText implements RedisSerializer<Object> {

    public static final BytesOrText INSTANCE = new BytesOrText();

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
