package io.mlaprep.gateway.security;

import io.mlaprep.runtime.security.VerifiedTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** The gateway's decoder behind the {@link VerifiedTokens} cache: a token's signature is checked once while it lasts. */
final class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final VerifiedTokens verified;

    CachingReactiveJwtDecoder(ReactiveJwtDecoder delegate, VerifiedTokens verified) {
        this.delegate = delegate;
        this.verified = verified;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt cached = verified.get(token);
        if (cached != null) {
            return Mono.just(cached);
        }
        return delegate.decode(token).doOnNext(jwt -> verified.remember(token, jwt));
    }
}
