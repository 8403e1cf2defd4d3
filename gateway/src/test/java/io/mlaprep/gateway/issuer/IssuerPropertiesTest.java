package io.mlaprep.gateway.issuer;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outside the local profile a secret has no default: the issuer refuses to start without it. */
class IssuerPropertiesTest {

    @Test
    void anUnresolvedOrEmptyServiceSecretStopsTheStart() {
        assertThatThrownBy(() -> issuer(Map.of("session-service", "${SESSION_SERVICE_SECRET}"), "s3cret"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("mla.issuer.clients.session-service");
        assertThatThrownBy(() -> issuer(Map.of("session-service", " "), "s3cret"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void demoAccountsNeedTheirPasswordFromTheEnvironment() {
        assertThatThrownBy(() -> issuer(Map.of(), "${DEMO_PASSWORD}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DEMO_PASSWORD");
    }

    @Test
    void givenSecretsOrADisabledIssuerStart() {
        assertThatCode(() -> issuer(Map.of("session-service", "s3cret"), "d3mo-pass")).doesNotThrowAnyException();
        assertThatCode(() -> new IssuerProperties(false, "i", "a", Path.of("k"), Duration.ofMinutes(15),
                Duration.ofMinutes(10), Map.of("session-service", "${SESSION_SERVICE_SECRET}"), null,
                Map.of("a@b.c", List.of("ADMIN")))).doesNotThrowAnyException();
    }

    private static IssuerProperties issuer(Map<String, String> clients, String demoPassword) {
        return new IssuerProperties(true, "i", "a", Path.of("k"), Duration.ofMinutes(15), Duration.ofMinutes(10),
                clients, demoPassword, Map.of("learner@mla.local", List.of("LEARNER")));
    }
}
