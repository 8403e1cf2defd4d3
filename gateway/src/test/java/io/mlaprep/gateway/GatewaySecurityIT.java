package io.mlaprep.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import io.mlaprep.testsupport.JwtAttacks;
import io.mlaprep.testsupport.RawHttp;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The gateway with every service down (routes point at a closed port): what it refuses, limits and
 * answers by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "QUESTION_SERVICE_URL=http://127.0.0.1:9", "SESSION_SERVICE_URL=http://127.0.0.1:9",
        "ANALYTICS_SERVICE_URL=http://127.0.0.1:9", "RECOMMENDER_SERVICE_URL=http://127.0.0.1:9",
        "MANAGEMENT_PORT=0", "mla.data-dir=target/gateway-it-data",
        "mla.limits.api.per-second=2", "mla.limits.api.burst=5",
        "mla.limits.auth.per-second=0.2", "mla.limits.auth.burst=4"})
@RealServers(Server.REDIS)
class GatewaySecurityIT {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    RSAKey signingKey;
    @Autowired
    ReactiveStringRedisTemplate redis;
    RestClient http;
    JwtAttacks attacks;

    @BeforeEach
    void setUp() {
        // the JDK's client, not Reactor Netty's: sharing the gateway's event loops in this JVM, a pooled Reactor Netty
        // connection now and then got no answer to the next request after refused tokens and a fallback's 503 (the CORS
        // preflight, 10 s read timeout: 1 run in 4 of this class, 3 of 3 loops of those calls); the JDK's client made
        // 40 such rounds without one
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .requestFactory(new JdkClientHttpRequestFactory())
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
        attacks = new JwtAttacks(signingKey, "http://localhost:8080", "mla-api");
    }

    @Test
    void everyFlawedTokenIsRefusedWith401AndTheSoundOneGetsThrough() {
        String user = "user-" + UUID.randomUUID();
        attacks.refusable(user).forEach((flaw, token) ->
                assertThat(get("/api/sessions", token).getStatusCode().value()).as(flaw).isEqualTo(401));
        assertThat(get("/api/sessions", null).getStatusCode().value()).isEqualTo(401);
        assertThat(get("/api/sessions", attacks.valid(user, List.of("LEARNER"))).getStatusCode().value())
                .as("a sound token reaches the (downed) service").isEqualTo(503);
    }

    @Test
    void theBearerHeaderIsReadAsSpringSecurityReadsItAndControlCharactersAreRefused() {
        String valid = attacks.valid("user-" + UUID.randomUUID(), List.of("LEARNER"));

        assertThat(status("Authorization: bearer " + valid)).as("the scheme in any case reaches the (downed) service")
                .isEqualTo(503);
        assertThat(status("Authorization: Bearer " + valid + " x")).as("malformed").isEqualTo(401);
        assertThat(status("Authorization: Bearer ")).as("no token").isEqualTo(401);
        // U+0085 (NEL), a C1 control character, as one byte
        assertThat(status("Authorization: Bearer " + valid + "\u0085")).isEqualTo(400);
    }

    private int status(String headerLine) {
        return RawHttp.status(port, "/api/sessions", headerLine);
    }

    @Test
    void aDownedServiceAnswers503ProblemJsonWithinOneSecond() {
        String token = attacks.valid("user-" + UUID.randomUUID(), List.of("AUTHOR"));
        long start = System.nanoTime();
        ResponseEntity<Map> response = get("/api/questions", token);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(millis).isLessThan(1_000);
    }

    @Test
    void aBurstOfRequestsIsLimitedWith429AndRetryAfter() {
        String token = attacks.valid("burst-" + UUID.randomUUID(), List.of("LEARNER"));
        List<ResponseEntity<Map>> responses = IntStream.range(0, 15).mapToObj(i -> get("/api/sessions", token)).toList();

        assertThat(responses).extracting(r -> r.getStatusCode().value()).contains(503, 429);
        ResponseEntity<Map> limited = responses.stream().filter(r -> r.getStatusCode().value() == 429).findFirst()
                .orElseThrow();
        assertThat(limited.getHeaders().getFirst("Retry-After")).matches("\\d+");
        assertThat(limited.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(get("/api/sessions", attacks.valid("other-" + UUID.randomUUID(), List.of("LEARNER")))
                .getStatusCode().value()).as("another user has a bucket of their own").isEqualTo(503);
    }

    @Test
    void signInIsLimitedMoreTightly() {
        List<Integer> statuses = IntStream.range(0, 8).mapToObj(i -> http.post().uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("email", "x@example.com", "password", "wrong1234"))
                .retrieve().toBodilessEntity().getStatusCode().value()).toList();

        assertThat(statuses).contains(401, 429);
    }

    @Test
    void aPercentEncodedLetterNeitherEscapesTheLimitsNorBreaksTheGateway() {
        try {
            List<Integer> signIns = IntStream.range(0, 8).mapToObj(i -> http.post().uri(raw("/api/%61uth/token"))
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("email", "x@example.com", "password", "wrong1234"))
                    .retrieve().toBodilessEntity().getStatusCode().value()).toList();
            List<Integer> serviceTokens = IntStream.range(0, 12).mapToObj(i -> http.post().uri(raw("/oauth2/%74oken"))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("grant_type=client_credentials")
                    .retrieve().toBodilessEntity().getStatusCode().value()).toList();
            String token = attacks.valid("encoded-" + UUID.randomUUID(), List.of("LEARNER"));
            List<Integer> reads = IntStream.range(0, 15).mapToObj(i -> http.get().uri(raw("/%61pi/blueprint"))
                    .header("Authorization", "Bearer " + token).retrieve().toBodilessEntity().getStatusCode().value())
                    .toList();

            assertThat(signIns).contains(429).doesNotContain(500);
            assertThat(serviceTokens).contains(429).doesNotContain(500);
            assertThat(reads).contains(429).doesNotContain(500);
        } finally {
            // other tests here draw from the same address's buckets
            redis.delete("gw:rl:auth:127.0.0.1", "gw:rl:service-token:127.0.0.1").block();
        }
    }

    @Test
    void learnersSigningInFromTheServicesAddressDoNotStarveTheServicesOfTokens() {
        try {
            List<Integer> signIns = IntStream.range(0, 12).mapToObj(i -> http.post().uri("/api/auth/token")
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("email", "x@example.com", "password", "wrong1234"))
                    .retrieve().toBodilessEntity().getStatusCode().value()).toList();
            int serviceToken = http.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body("grant_type=client_credentials").retrieve().toBodilessEntity().getStatusCode().value();

            assertThat(signIns).contains(429);
            assertThat(serviceToken).as("the service-token endpoint has a bucket of its own").isNotEqualTo(429);
        } finally {
            redis.delete("gw:rl:auth:127.0.0.1", "gw:rl:service-token:127.0.0.1").block();
        }
    }

    @Test
    void onlyAuthorsAndAdminsMaySendAnImportAndTheRestAreRefusedBeforeTheBodyIsForwarded() {
        String body = "[" + "{\"id\":\"x\"},".repeat(100_000) + "{}]";
        ResponseEntity<Map> learner = http.post().uri("/api/questions/import")
                .header("Authorization", "Bearer " + attacks.valid("learner-" + UUID.randomUUID(), List.of("LEARNER")))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
        ResponseEntity<Map> author = http.post().uri("/api/questions/import")
                .header("Authorization", "Bearer " + attacks.valid("author-" + UUID.randomUUID(), List.of("AUTHOR")))
                .contentType(MediaType.APPLICATION_JSON).body("[]").retrieve().toEntity(Map.class);

        assertThat(learner.getStatusCode().value()).isEqualTo(403);
        assertThat(learner.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(author.getStatusCode().value()).as("an author's import reaches the (downed) service").isEqualTo(503);
    }

    private URI raw(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Test
    void aTwoMegabyteBodyIsRefusedWith413() {
        String token = attacks.valid("big-" + UUID.randomUUID(), List.of("LEARNER"));
        String body = "{\"mode\":\"PRACTICE\",\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        ResponseEntity<Map> response = http.post().uri("/api/sessions").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(413);
    }

    @Test
    void responsesCarryARequestIdAndSecurityHeaders() {
        ResponseEntity<String> page = http.get().uri("/").header("X-Request-Id", "trace-123").retrieve()
                .toEntity(String.class);

        assertThat(page.getHeaders().getFirst("X-Request-Id")).isEqualTo("trace-123");
        assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(get("/api/blueprint", null).getHeaders().getFirst("X-Request-Id")).isNotBlank();
    }

    @Test
    void corsAllowsOnlyTheConfiguredWebOrigin() {
        ResponseEntity<Void> allowed = http.options().uri("/api/sessions").header("Origin", "http://localhost:8080")
                .header("Access-Control-Request-Method", "POST").retrieve().toBodilessEntity();
        ResponseEntity<Void> refused = http.options().uri("/api/sessions").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").retrieve().toBodilessEntity();

        assertThat(allowed.getHeaders().getFirst("Access-Control-Allow-Origin")).isEqualTo("http://localhost:8080");
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theActuatorIsOnTheManagementPortOnlyAndShowsNothingButHealthAndInfo() {
        RestClient management = RestClient.builder().baseUrl("http://127.0.0.1:" + managementPort)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();

        assertThat(management.get().uri("/actuator/health").retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(200);
        for (String endpoint : List.of("/actuator/metrics", "/actuator/env", "/actuator/configprops")) {
            assertThat(management.get().uri(endpoint).retrieve().toBodilessEntity().getStatusCode().value())
                    .as("unauthenticated management port " + endpoint).isEqualTo(404);
        }
        for (String endpoint : List.of("/actuator/health", "/actuator/metrics")) {
            assertThat(get(endpoint, null).getStatusCode().value()).as("public port " + endpoint).isEqualTo(404);
        }
    }

    private ResponseEntity<Map> get(String path, String token) {
        RestClient.RequestHeadersSpec<?> request = http.get().uri(path);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.retrieve().toEntity(Map.class);
    }
}
