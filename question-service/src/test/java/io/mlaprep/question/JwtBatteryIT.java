package io.mlaprep.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.question.support.QuestionServiceTest;
import io.mlaprep.servicedefaults.security.CachingJwtDecoder;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.RawHttp;
import io.mlaprep.testsupport.TestTokenIssuer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A service checks tokens itself, whatever the gateway did: every flawed token is a 401. */
@QuestionServiceTest
class JwtBatteryIT {

    @LocalServerPort
    int port;

    @Autowired
    JwtDecoder decoder;

    static Stream<Arguments> flawedTokens() {
        return TestTokenIssuer.install().attacks().refusable("attacker").entrySet().stream()
                .map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flawedTokens")
    void aFlawedTokenIsRefusedWith401(String flaw, String token) {
        ResponseEntity<Map> response = get(token);

        assertThat(response.getStatusCode().value()).as(flaw).isEqualTo(401);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getBody()).doesNotContainKey("exam");
        assertThat(get(token).getStatusCode().value()).as(flaw + ", asked again").isEqualTo(401);
    }

    @Test
    void noTokenIsRefusedWith401() {
        assertThat(get(null).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void tokensAreVerifiedThroughTheCacheOfVerifiedTokens() {
        assertThat(decoder).isInstanceOf(CachingJwtDecoder.class);
    }

    @Test
    void theSameTokenWithoutTheFlawIsAccepted() {
        assertThat(get(TestTokenIssuer.install().attacks().valid("learner", List.of("LEARNER"))).getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void theBearerHeaderIsReadAsSpringSecurityReadsIt() {
        String valid = TestTokenIssuer.install().attacks().valid("learner", List.of("LEARNER"));

        assertThat(status("Authorization: bearer " + valid)).as("the scheme in any case").isEqualTo(200);
        assertThat(status("Authorization: Bearer " + valid + " x")).as("malformed").isEqualTo(401);
        assertThat(status("Authorization: Bearer ")).as("no token").isEqualTo(401);
        assertThat(status("Authorization: Basic bGVhcm5lcjp4")).as("another scheme").isEqualTo(401);
    }

    @Test
    void aControlCharacterInAHeaderTheServiceReadsIsRefusedWith400() {
        String valid = TestTokenIssuer.install().attacks().valid("learner", List.of("LEARNER"));

        // U+0085 (NEL), a C1 control character: one byte in the ISO-8859-1 the server reads header bytes as
        assertThat(status("Authorization: Bearer " + valid + "\u0085")).isEqualTo(400);
        assertThat(status("Authorization: Bearer " + valid)).isEqualTo(200);
    }

    private int status(String headerLine) {
        return RawHttp.status(port, "/api/blueprint", headerLine);
    }

    private ResponseEntity<Map> get(String token) {
        return ApiClient.withBearer(port, token).get("/api/blueprint", Map.class);
    }
}
