package io.mlaprep.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlaprep.runtime.security.VerifiedTokens;
import io.mlaprep.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTest {

    private final MutableClock clock = new MutableClock();
    private final CountingDecoder issuer = new CountingDecoder();
    private final CachingJwtDecoder decoder = new CachingJwtDecoder(issuer, new VerifiedTokens(100, Duration.ofMinutes(5), clock));

    @Test
    void aTokenIsVerifiedOnceWhileItLasts() {
        issuer.expiringIn(Duration.ofMinutes(15));

        Jwt first = decoder.decode("token-a");
        Jwt again = decoder.decode("token-a");

        assertThat(again).isSameAs(first);
        assertThat(issuer.verified).containsExactly("token-a");
    }

    @Test
    void everyDistinctTokenIsVerifiedItself() {
        issuer.expiringIn(Duration.ofMinutes(15));

        decoder.decode("token-a");
        decoder.decode("token-b");

        assertThat(issuer.verified).containsExactly("token-a", "token-b");
    }

    @Test
    void aTokenThatFailsIsCheckedAgainEveryTime() {
        issuer.rejecting();

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(issuer.verified).containsExactly("forged", "forged");
    }

    @Test
    void onceItsExpiryPassesTheIssuerJudgesTheTokenAgain() {
        issuer.expiringIn(Duration.ofMinutes(2));
        decoder.decode("token-a");

        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        issuer.rejecting();

        assertThatThrownBy(() -> decoder.decode("token-a")).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheMaximumAge() {
        issuer.expiringIn(Duration.ofHours(1));
        decoder.decode("token-a");

        clock.advance(Duration.ofMinutes(4));
        decoder.decode("token-a");
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        decoder.decode("token-a");

        assertThat(issuer.verified).containsExactly("token-a", "token-a");
    }

    /** Stands in for the signature check; records what it was asked to verify. */
    private final class CountingDecoder implements JwtDecoder {

        private final List<String> verified = new ArrayList<>();
        private Duration lifetime;

        void expiringIn(Duration lifetime) {
            this.lifetime = lifetime;
        }

        void rejecting() {
            this.lifetime = null;
        }

        @Override
        public Jwt decode(String token) {
            verified.add(token);
            if (lifetime == null) {
                throw new BadJwtException("signature does not verify");
            }
            Instant now = clock.instant();
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("learner-1")
                    .issuedAt(now).expiresAt(now.plus(lifetime)).build();
        }
    }
}
