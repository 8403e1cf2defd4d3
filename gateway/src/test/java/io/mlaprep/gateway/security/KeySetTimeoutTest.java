package io.mlaprep.gateway.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A key fetch without a positive deadline would bring back the hang the deadline is there to prevent. */
class KeySetTimeoutTest {

    private static final String JWKS = "https://issuer.example/.well-known/jwks.json";

    @Test
    void aKeyFetchWithoutAPositiveDeadlineIsRefusedAtStart() {
        for (Duration timeout : new Duration[] {Duration.ZERO, Duration.ofSeconds(-1)}) {
            assertThatThrownBy(() -> new GatewaySecurity().jwtDecoder(null, null, JWKS, timeout, 10,
                    Duration.ofMinutes(5)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JWK_SET_TIMEOUT");
        }
    }
}
