package io.mlaprep.runtime.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tokens whose signature already passed, kept until they expire and {@code maxAge} at most. Every request carries
 * a token, and a learner's or a service's token comes back many times; checking its RS256 signature each time was
 * the largest single cost of a request in the gateway and session-service profiles (issue 15). The key is the whole
 * token, so only the very bytes that passed are taken without a check; callers keep only tokens that passed. An
 * entry leaves at the token's {@code exp}, after which the issuer's decoder judges it again (clock skew included),
 * and after {@code maxAge} at the latest, so a key withdrawn from the issuer's JWKS stops counting within that time.
 * The servlet services' {@code CachingJwtDecoder} and the gateway's {@code CachingReactiveJwtDecoder} use it.
 */
public final class VerifiedTokens {

    private final Cache<String, Jwt> verified;

    public VerifiedTokens(long maxSize, Duration maxAge, Clock clock) {
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifetime(jwt, maxAge, clock)))
                .ticker(() -> {
                    Instant now = clock.instant();
                    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                })
                .build();
    }

    /** The token as it was verified, or null if it was not or no longer counts. */
    public Jwt get(String token) {
        return verified.getIfPresent(token);
    }

    /** Remembers a token that passed the issuer's decoder. */
    public void remember(String token, Jwt jwt) {
        verified.put(token, jwt);
    }

    private static Duration lifetime(Jwt jwt, Duration maxAge, Clock clock) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return maxAge;
        }
        Duration left = Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : (left.compareTo(maxAge) < 0 ? left : maxAge);
    }
}
