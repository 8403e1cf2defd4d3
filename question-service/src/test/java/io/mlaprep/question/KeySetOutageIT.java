package io.mlaprep.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.question.support.QuestionServiceTest;
import io.mlaprep.testsupport.SilentServer;
import io.mlaprep.testsupport.TestTokenIssuer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The issuer's key set does not answer: a service refuses the requests that need its keys within the key fetch's
 * timeout, as the issuer's outage (503), instead of holding a request thread for as long as the issuer is silent.
 */
@QuestionServiceTest
class KeySetOutageIT {

    static final SilentServer HUNG_KEY_SET = new SilentServer();

    @DynamicPropertySource
    static void trustAnIssuerWhoseKeySetHangs(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> HUNG_KEY_SET.uri("/.well-known/jwks.json"));
    }

    @AfterAll
    static void stopTheKeySet() throws Exception {
        HUNG_KEY_SET.close();
    }

    @LocalServerPort
    int port;

    @Test
    void aKeySetThatNeverAnswersIsAnOutageNotAHang() {
        // far beyond the key fetch's timeouts (Spring Security's decoder takes Nimbus's, 500 ms each for connect and
        // read): without them the request waits here and fails
        JdkClientHttpRequestFactory patient = new JdkClientHttpRequestFactory();
        patient.setReadTimeout(Duration.ofSeconds(30));
        RestClient http = RestClient.builder().requestFactory(patient).baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
        String token = TestTokenIssuer.install().attacks().valid("learner", List.of("LEARNER"));

        for (int attempt = 0; attempt < 2; attempt++) {
            ResponseEntity<String> response = http.get().uri("/api/blueprint")
                    .header("Authorization", "Bearer " + token).retrieve().toEntity(String.class);
            assertThat(response.getStatusCode().value()).as("attempt %d", attempt).isEqualTo(503);
            assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(response.getBody()).contains("sign-in keys");
        }
        assertThat(HUNG_KEY_SET.connectionsTaken()).as("each request asked for the keys again").isEqualTo(2);
    }
}
