package io.mlaprep.gateway.issuer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;

/**
 * Refresh tokens of the local issuer: opaque, random, one use each (a refresh returns a new one), and
 * revocable. Redis keeps only their SHA-256, so a read of Redis gives no usable token.
 * <pre>
 * gw:rt:&lt;sha-256 hex&gt;  STRING userId   ttl: the refresh-token lifetime
 * </pre>
 */
public class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReactiveStringRedisTemplate redis;
    private final Duration lifetime;

    public RefreshTokens(ReactiveStringRedisTemplate redis, Duration lifetime) {
        this.redis = redis;
        this.lifetime = lifetime;
    }

    /** A new refresh token for the user. */
    public Mono<String> issue(String userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return store(key(token), userId).thenReturn(token);
    }

    /** The user the token was issued to, if it is still valid; the token is used up either way. */
    public Mono<String> redeem(String token) {
        return isBlank(token) ? Mono.empty() : take(key(token));
    }

    public Mono<Void> revoke(String token) {
        return isBlank(token) ? Mono.empty() : drop(key(token));
    }

    protected Mono<Boolean> store(String key, String userId) {
        return redis.opsForValue().set(key, userId, lifetime);
    }

    protected Mono<String> take(String key) {
        return redis.opsForValue().getAndDelete(key);
    }

    protected Mono<Void> drop(String key) {
        return redis.delete(key).then();
    }

    private static boolean isBlank(String token) {
        return token == null || token.isBlank();
    }

    static String key(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return "gw:rt:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
