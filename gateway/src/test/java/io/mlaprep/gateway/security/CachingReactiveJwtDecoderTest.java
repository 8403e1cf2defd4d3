package io.mlaprep.gateway.security;

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
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class CachingReactiveJwtDecoderTest {

    private final MutableClock clock = new MutableClock();
    private final List<String> verified = new ArrayList<>();
    private Duration lifetime = Duration.ofMinutes(15);
    private final ReactiveJwtDecoder issuer = token -> {
        verified.add(token);
        if (lifetime == null) {
            return Mono.error(new BadJwtException("signature does not verify"));
        }
        Instant now = clock.instant();
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("learner-1")
                .issuedAt(now).expiresAt(now.plus(lifetime)).build());
    };
    private final CachingReactiveJwtDecoder decoder =
            new CachingReactiveJwtDecoder(issuer, new VerifiedTokens(100, Duration.ofMinutes(5), clock));

    @Test
    void aTokenIsVerifiedOnceWhileItLasts() {
        Jwt first = decoder.decode("token-a").block();

        assertThat(decoder.decode("token-a").block()).isSameAs(first);
        assertThat(decoder.decode("token-b").block()).isNotSameAs(first);
        assertThat(verified).containsExactly("token-a", "token-b");
    }

    @Test
    void aTokenThatFailsIsCheckedAgainEveryTime() {
        lifetime = null;

        assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThat(verified).containsExactly("forged", "forged");
    }

    @Test
    void onceItsExpiryPassesTheIssuerJudgesTheTokenAgain() {
        lifetime = Duration.ofMinutes(2);
        decoder.decode("token-a").block();

        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        lifetime = null;

        assertThatThrownBy(() -> decoder.decode("token-a").block()).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheMaximumAge() {
        lifetime = Duration.ofHours(1);
        decoder.decode("token-a").block();

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        decoder.decode("token-a").block();

        assertThat(verified).containsExactly("token-a", "token-a");
    }
}
