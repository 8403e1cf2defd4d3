package io.mlaprep.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.SilentServer;
import io.mlaprep.testsupport.TestTokenIssuer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

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
    static final SilentServer HUNG_KEY_SET = new SilentServer();

    @DynamicPropertySource
    static void trustAnIssuerWhoseKeySetHangs(DynamicPropertyRegistry registry) {
        registry.add("JWK_SET_URI", () -> HUNG_KEY_SET.uri("/.well-known/jwks.json"));
    }

    @AfterAll
    static void stopTheKeySet() throws Exception {
        HUNG_KEY_SET.close();
    }

    @LocalServerPort
    int port;

    @Test
    void aKeySetThatNeverAnswersIsAnOutageNotAHang() {
        // far beyond the gateway's 1 s key-fetch timeout: without that timeout the request waits here and fails
        JdkClientHttpRequestFactory patient = new JdkClientHttpRequestFactory();
        patient.setReadTimeout(Duration.ofSeconds(30));
        RestClient http = RestClient.builder().requestFactory(patient).baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
        String token = ISSUER.attacks().valid("someone", List.of("LEARNER"));

        for (int attempt = 0; attempt < 2; attempt++) {
            ResponseEntity<String> response = http.get().uri("/api/sessions").header("Authorization", "Bearer " + token)
                    .retrieve().toEntity(String.class);
            assertThat(response.getStatusCode().value()).as("attempt %d", attempt).isEqualTo(503);
            assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(response.getBody()).contains("sign-in keys");
        }
        assertThat(HUNG_KEY_SET.connectionsTaken()).as("each request asked for the keys again").isEqualTo(2);
    }
}
