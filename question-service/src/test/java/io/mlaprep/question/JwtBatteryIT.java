package io.mlaprep.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.TestTokenIssuer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** A service checks tokens itself, whatever the gateway did: every flawed token is a 401. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers({Server.MONGO, Server.KAFKA})
class JwtBatteryIT {

    static final TestTokenIssuer TOKENS = TestTokenIssuer.install();

    @LocalServerPort
    int port;

    static Stream<Arguments> flawedTokens() {
        return TOKENS.attacks().refusable("attacker").entrySet().stream()
                .map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flawedTokens")
    void aFlawedTokenIsRefusedWith401(String flaw, String token) {
        ResponseEntity<Map> response = get(token);

        assertThat(response.getStatusCode().value()).as(flaw).isEqualTo(401);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getBody()).doesNotContainKey("exam");
    }

    @Test
    void noTokenIsRefusedWith401() {
        assertThat(get(null).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void theSameTokenWithoutTheFlawIsAccepted() {
        assertThat(get(TOKENS.attacks().valid("learner", List.of("LEARNER"))).getStatusCode().value()).isEqualTo(200);
    }

    private ResponseEntity<Map> get(String token) {
        RestClient.RequestHeadersSpec<?> request = RestClient.create("http://127.0.0.1:" + port).get()
                .uri("/api/blueprint");
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.retrieve().onStatus(HttpStatusCode::isError, (req, res) -> { }).toEntity(Map.class);
    }
}
