package io.mlaprep.gateway;

import io.mlaprep.runtime.security.IssuerKeysUnavailable;
import io.mlaprep.testsupport.KeySetOutage;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.SilentServer;
import io.mlaprep.testsupport.TestTokenIssuer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The external issuer's key set does not answer: requests that need its keys are refused within the key fetch's
 * timeout, as the issuer's outage (503), not left hanging and not blamed on the token (401).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "QUESTION_SERVICE_URL=http://127.0.0.1:9", "SESSION_SERVICE_URL=http://127.0.0.1:9",
        "ANALYTICS_SERVICE_URL=http://127.0.0.1:9", "RECOMMENDER_SERVICE_URL=http://127.0.0.1:9",
        "MANAGEMENT_PORT=0", "JWT_ISSUER=" + TestTokenIssuer.ISSUER, "JWT_AUDIENCE=" + TestTokenIssuer.AUDIENCE,
        "mla.security.jwk-set-timeout=1s"})
@ActiveProfiles("production")
@RealServers(Server.REDIS)
class KeySetOutageIT {

    static final TestTokenIssuer ISSUER = TestTokenIssuer.install();
    @RegisterExtension
    static final SilentServer HUNG_KEY_SET = new SilentServer();

    @DynamicPropertySource
    static void trustAnIssuerWhoseKeySetHangs(DynamicPropertyRegistry registry) {
        registry.add("JWK_SET_URI", () -> HUNG_KEY_SET.uri("/.well-known/jwks.json"));
    }

    @LocalServerPort
    int port;

    @Test
    void aKeySetThatNeverAnswersIsAnOutageNotAHang() {
        KeySetOutage.assertRefusedAsAnOutage(port, "/api/sessions",
                ISSUER.attacks().valid("someone", List.of("LEARNER")), HUNG_KEY_SET,
                IssuerKeysUnavailable.DETAIL, IssuerKeysUnavailable.RETRY_AFTER_SECONDS);
    }
}
