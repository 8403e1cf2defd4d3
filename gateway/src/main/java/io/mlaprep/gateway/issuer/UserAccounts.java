package io.mlaprep.gateway.issuer;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;

/**
 * Local accounts in the gateway's Redis:
 * <pre>
 * gw:email:&lt;lower-case email&gt;  STRING userId (set once: makes e-mail addresses unique)
 * gw:user:&lt;userId&gt;              HASH email, displayName, passwordHash (BCrypt), roles (comma list), createdAt
 * </pre>
 */
public class UserAccounts {

    private final ReactiveStringRedisTemplate redis;
    private final Clock clock;

    public UserAccounts(ReactiveStringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** Creates the account; empty if the e-mail address is taken. */
    public Mono<UserAccount> create(String email, String displayName, String passwordHash, List<String> roles) {
        String userId = UUID.randomUUID().toString();
        String normalized = normalize(email);
        return redis.opsForValue().setIfAbsent(emailKey(normalized), userId)
                .filter(Boolean::booleanValue)
                .flatMap(created -> redis.opsForHash().putAll(userKey(userId), Map.of(
                        "email", normalized, "displayName", displayName, "passwordHash", passwordHash,
                        "roles", String.join(",", roles), "createdAt", clock.instant().toString())))
                .map(ok -> new UserAccount(userId, normalized, displayName, passwordHash, roles));
    }

    public Mono<UserAccount> findByEmail(String email) {
        return redis.opsForValue().get(emailKey(normalize(email))).flatMap(this::findById);
    }

    public Mono<UserAccount> findById(String userId) {
        return redis.<String, String>opsForHash().entries(userKey(userId)).collectMap(Map.Entry::getKey,
                        Map.Entry::getValue)
                .filter(fields -> !fields.isEmpty())
                .map(fields -> new UserAccount(userId, fields.get("email"), fields.get("displayName"),
                        fields.get("passwordHash"), Arrays.asList(fields.get("roles").split(","))));
    }

    static String normalize(String email) {
        return AccountRules.normalizeEmail(email);
    }

    private static String emailKey(String normalizedEmail) {
        return "gw:email:" + normalizedEmail;
    }

    private static String userKey(String userId) {
        return "gw:user:" + userId;
    }
}
