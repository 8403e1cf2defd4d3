package io.mlaprep.servicedefaults.redis;

import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** Several hashes of one hash tag in one round trip, their fields and values as the bytes Redis holds. */
public final class RawHashes {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> READ = LuaScripts.load("read-hashes.lua", List.class);

    private RawHashes() {
    }

    /** Per key, in key order, its fields and values alternating (empty when the key is absent). */
    @SuppressWarnings("unchecked")
    public static List<List<byte[]>> read(StringRedisTemplate redis, List<String> keys) {
        return (List<List<byte[]>>) redis.execute(READ, BytesOrText.INSTANCE, BytesOrText.LIST_REPLY, keys);
    }
}
