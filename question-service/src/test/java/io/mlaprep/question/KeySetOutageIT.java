package io.mlaprep.question;

import io.mlaprep.question.support.QuestionServiceTest;
import io.mlaprep.runtime.security.IssuerKeysUnavailable;
import io.mlaprep.testsupport.KeySetOutage;
import io.mlaprep.testsupport.SilentServer;
import io.mlaprep.testsupport.TestTokenIssuer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The issuer's key set does not answer: a service refuses the requests that need its keys within the key fetch's
 * timeouts (Spring Security's decoder takes Nimbus's, 500 ms to connect and to read), as the issuer's outage (503)
 * rather than Spring's 500, and asks again at the next request. Every service shares this security configuration.
 */
@QuestionServiceTest
class KeySetOutageIT {

    @RegisterExtension
    static final SilentServer HUNG_KEY_SET = new SilentServer();

    @DynamicPropertySource
    static void trustAnIssuerWhoseKeySetHangs(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> HUNG_KEY_SET.uri("/.well-known/jwks.json"));
    }

    @LocalServerPort
    int port;

    @Test
    void aKeySetThatNeverAnswersIsAnOutageNotAHang() {
        KeySetOutage.assertRefusedAsAnOutage(port, "/api/blueprint",
                TestTokenIssuer.install().attacks().valid("learner", List.of("LEARNER")), HUNG_KEY_SET,
                IssuerKeysUnavailable.DETAIL, IssuerKeysUnavailable.RETRY_AFTER_SECONDS);
    }
}
