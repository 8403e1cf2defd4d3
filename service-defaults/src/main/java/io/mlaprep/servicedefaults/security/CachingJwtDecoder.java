package io.mlaprep.servicedefaults.security;

import io.mlaprep.runtime.security.VerifiedTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** Boot's decoder behind the {@link VerifiedTokens} cache: a token's signature is checked once while it lasts. */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final VerifiedTokens verified;

    public CachingJwtDecoder(JwtDecoder delegate, VerifiedTokens verified) {
        this.delegate = delegate;
        this.verified = verified;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt cached = verified.get(token);
        if (cached != null) {
            return cached;
        }
        Jwt jwt = delegate.decode(token);
        verified.remember(token, jwt);
        return jwt;
    }
}
