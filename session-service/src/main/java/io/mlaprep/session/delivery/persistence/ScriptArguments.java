package io.mlaprep.session.delivery.persistence;

import java.nio.charset.StandardCharsets;
import org.springframework.data.redis.serializer.RedisSerializer;

/** Arguments of a Lua script that mix text (sent as UTF-8) and bytes (sent as they are, e.g. compressed items). */
final class ScriptArguments implements RedisSerializer<Object> {

    static final ScriptArguments INSTANCE = new ScriptArguments();

    private ScriptArguments() {
    }

    @Override
    public byte[] serialize(Object value) {
        return value instanceof byte[] bytes ? bytes : value.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Object deserialize(byte[] bytes) {
        throw new UnsupportedOperationException("script arguments are only written");
    }
}
