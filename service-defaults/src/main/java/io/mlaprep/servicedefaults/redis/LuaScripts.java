package io.mlaprep.servicedefaults.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Lua scripts from the classpath, read once. A script built on a classpath resource asks the resource whether it
 * changed on every call, to recompute its SHA-1; inside a jar that check throws and is caught each time, which JFR
 * showed on the gateway's and the services' hot paths. A script never changes while the service runs.
 */
public final class LuaScripts {

    private LuaScripts() {
    }

    /** The script {@code scripts/<name>} on the classpath, returning {@code type}. */
    public static <T> RedisScript<T> load(String name, Class<T> type) {
        String resource = "/scripts/" + name;
        try (InputStream in = LuaScripts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no Lua script " + resource + " on the classpath");
            }
            return RedisScript.of(new String(in.readAllBytes(), StandardCharsets.UTF_8), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
