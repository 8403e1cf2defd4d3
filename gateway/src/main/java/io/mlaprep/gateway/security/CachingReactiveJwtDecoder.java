package io.mlaprep.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Verifies a token once and remembers the result until it expires, at most {@code maxAge}: the RS256 check of
 * every request's token was the largest single cost in the gateway's profile (issue 15). Keyed by the whole
 * token, so only the very bytes that passed skip the check; a token that fails is never kept. After the token's
 * {@code exp} the delegate judges it again (clock skew included); after {@code maxAge} at the latest, so a key
 * withdrawn from the issuer's JWKS stops counting within that time. The backends do the same (service-defaults
 * {@code CachingJwtDecoder}); the gateway, being reactive, cannot share their class.
 */
final class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final Cache<String, Jwt> verified;

    CachingReactiveJwtDecoder(ReactiveJwtDecoder delegate, long maxSize, Duration maxAge, Clock clock) {
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
    public Mono<Jwt> decode(String token) {
        Jwt cached = verified.getIfPresent(token);
        if (cached != null) {
            return Mono.just(cached);
        }
        return delegate.decode(token).doOnNext(jwt -> verified.put(token, jwt));
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
