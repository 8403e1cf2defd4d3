package io.mlaprep.gateway.issuer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The token issuer. In local mode ({@code enabled}) the gateway issues tokens itself with a key kept
 * in {@code keyFile}; in production it is disabled and tokens come from an external issuer
 * (Cognito, Keycloak) whose JWKS the gateway and services trust.
 *
 * @param clients      service-to-service clients (client id -> secret) for the client-credentials grant
 * @param demoAccounts demo accounts seeded at start (email -> roles), all with {@code demoPassword}
 */
@ConfigurationProperties("mla.issuer")
public record IssuerProperties(boolean enabled, String issuer, String audience, Path keyFile, Duration tokenLifetime,
                               Duration serviceTokenLifetime, Map<String, String> clients, String demoPassword,
                               Map<String, List<String>> demoAccounts) {

    /**
     * The local issuer refuses to start without its secrets: outside the local profile nothing supplies a
     * default, and Spring keeps an unresolved {@code ${VAR}} as literal text, a guessable secret.
     */
    public IssuerProperties {
        if (enabled) {
            if (clients != null) {
                clients.forEach((client, secret) -> requireSecret("mla.issuer.clients." + client, secret));
            }
            if (demoAccounts != null && !demoAccounts.isEmpty()) {
                requireSecret("mla.issuer.demo-password (DEMO_PASSWORD)", demoPassword);
            }
        }
    }

    private static void requireSecret(String name, String value) {
        if (value == null || value.isBlank() || value.contains("${")) {
            throw new IllegalStateException(name + " is not set: give it a value from a secret store"
                    + " (the committed development values apply only to the local profile)");
        }
    }
}
