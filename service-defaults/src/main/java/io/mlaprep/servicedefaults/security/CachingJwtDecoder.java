package io.mlaprep.servicedefaults.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Verifies a token once and remembers the result until it expires, at most {@code maxAge}. Every request carries
 * a token, and a learner's or a service's token comes back many times; checking its RS256 signature each time was
 * the largest single cost of a request in the gateway and session-service profiles (issue 15). The cache key is
 * the whole token, so only the very bytes that passed are taken without a check; tokens that fail are never kept.
 * An entry leaves at the token's {@code exp}, after which the delegate judges it again (clock skew included), and
 * after {@code maxAge} at the latest, so a key withdrawn from the issuer's JWKS stops counting within that time.
 */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Cache<String, Jwt> verified;

    public CachingJwtDecoder(JwtDecoder delegate, long maxSize, Duration maxAge, Clock clock) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifetime(jwt, maxAge, clock)))
                .ticker(() -> {
                    Instant now = clock.instant();
                    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                })
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt cached = verified.getIfPresent(token);
        if (cached != null) {
            return cached;
        }
        Jwt jwt = delegate.decode(token);
        verified.put(token, jwt);
        return jwt;
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
