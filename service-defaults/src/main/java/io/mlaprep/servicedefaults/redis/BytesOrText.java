package io.mlaprep.servicedefaults.redis;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.data.redis.serializer.GenericToStringSerializer;
import org.springframework.data.redis.serializer.RedisSerializer;

/**
 * Script arguments and replies as Redis holds them: {@code byte[]} passes through untouched (binary values such as
 * compressed session items or FSRS memories), any other argument is written as UTF-8 text, and replies come back as
 * bytes (a list reply as a list of them). {@code StringRedisTemplate}'s own serializer would decode binary values
 * as UTF-8 and corrupt them.
 */
public final class BytesOrText implements RedisSerializer<Object> {

    public static final BytesOrText INSTANCE = new BytesOrText();
    /** For a script whose reply is a list: Spring types the reply's serializer by the whole reply, but reads each value. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static final RedisSerializer<List> LIST_REPLY = (RedisSerializer) INSTANCE;
    /** For a script whose reply is an integer: it is never deserialized, the serializer only names its type. */
    public static final RedisSerializer<Long> INTEGER_REPLY = new GenericToStringSerializer<>(Long.class);

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
