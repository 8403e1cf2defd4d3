package io.mlaprep.servicedefaults.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.script.RedisScript;

class LuaScriptsTest {

    @Test
    void aScriptIsReadOnceAsTextWithItsDigest() throws NoSuchAlgorithmException {
        RedisScript<String> script = LuaScripts.load("lua-scripts-test.lua", String.class);

        assertThat(script.getScriptAsString()).isEqualTo("return redis.call('GET', KEYS[1])\n");
        assertThat(script.getSha1()).isEqualTo(sha1("return redis.call('GET', KEYS[1])\n"));
        assertThat(script.getResultType()).isEqualTo(String.class);
    }

    @Test
    void aMissingScriptIsNamed() {
        assertThatThrownBy(() -> LuaScripts.load("no-such.lua", Long.class))
                .hasMessageContaining("/scripts/no-such.lua");
    }

    private static String sha1(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
