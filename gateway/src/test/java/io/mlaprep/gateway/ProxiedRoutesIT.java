package io.mlaprep.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mlaprep.testsupport.JwtAttacks;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/** The gateway in front of a real (stand-in) session-service: what it does to proxied requests and responses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "QUESTION_SERVICE_URL=http://127.0.0.1:9", "ANALYTICS_SERVICE_URL=http://127.0.0.1:9",
        "RECOMMENDER_SERVICE_URL=http://127.0.0.1:9", "MANAGEMENT_PORT=0", "mla.data-dir=target/gateway-it-data"})
@RealServers(Server.REDIS)
class ProxiedRoutesIT {

    static final SessionServiceStandIn SESSIONS = new SessionServiceStandIn();

    @DynamicPropertySource
    static void routeToTheStandIn(DynamicPropertyRegistry registry) {
        registry.add("SESSION_SERVICE_URL", SESSIONS::baseUri);
    }

    @AfterAll
    static void stopStandIn() {
        SESSIONS.server.stop(0);
    }

    @LocalServerPort
    int port;
    @Autowired
    RSAKey signingKey;
    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;
    RestClient http;
    String token;

    @BeforeEach
    void setUp() {
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
        token = new JwtAttacks(signingKey, "http://localhost:8080", "mla-api")
                .valid("user-" + UUID.randomUUID(), List.of("LEARNER"));
    }

    @Test
    void aProxiedResponseCarriesExactlyOneRequestId() {
        ResponseEntity<Map> traced = http.get().uri("/api/sessions").header("Authorization", "Bearer " + token)
                .header("X-Request-Id", "trace-proxied-1").retrieve().toEntity(Map.class);
        ResponseEntity<Map> untraced = http.get().uri("/api/sessions").header("Authorization", "Bearer " + token)
                .retrieve().toEntity(Map.class);

        assertThat(traced.getStatusCode().value()).isEqualTo(200);
        assertThat(traced.getHeaders().get("X-Request-Id")).containsExactly("trace-proxied-1");
        assertThat(SESSIONS.requestIds).contains("trace-proxied-1");
        assertThat(untraced.getHeaders().get("X-Request-Id")).hasSize(1);
    }

    @Test
    void aTooLargeBodySentWithoutALengthIs413AndNoFaultOfTheService() throws Exception {
        CircuitBreaker.Metrics breaker = breakers.getCircuitBreakerRegistry().circuitBreaker("session-service")
                .getMetrics();
        int recordedBefore = breaker.getNumberOfBufferedCalls();
        byte[] body = ("{\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sessions"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        // a stream of unknown length goes out chunked, without Content-Length
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(SESSIONS.largestBody.get()).as("bytes of the largest body the service got").isLessThan(body.length);
        assertThat(breaker.getNumberOfBufferedCalls()).as("calls the circuit breaker recorded")
                .isEqualTo(recordedBefore);
        http.get().uri("/api/sessions").header("Authorization", "Bearer " + token).retrieve().toBodilessEntity();
        assertThat(breaker.getNumberOfBufferedCalls()).as("a sound call is recorded by this very breaker")
                .isEqualTo(recordedBefore + 1);
    }

    @Test
    void aServicesOwn503PassesThroughAndDoesNotCountAgainstIt() {
        CircuitBreaker.Metrics breaker = breakers.getCircuitBreakerRegistry().circuitBreaker("session-service")
                .getMetrics();
        int failuresBefore = breaker.getNumberOfFailedCalls();
        int recordedBefore = breaker.getNumberOfBufferedCalls();

        ResponseEntity<Map> response = http.post().uri("/api/sessions/" + SessionServiceStandIn.DEPENDENCY_DOWN)
                .header("Authorization", "Bearer " + token).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getBody()).containsEntry("detail", "question-service is unavailable right now");
        assertThat(breaker.getNumberOfBufferedCalls()).isEqualTo(recordedBefore + 1);
        assertThat(breaker.getNumberOfFailedCalls()).isEqualTo(failuresBefore);
    }

    /**
     * Answers like a service: echoes the request id, reads the whole body and says how long it was; 503
     * on {@link #DEPENDENCY_DOWN}.
     */
    static final class SessionServiceStandIn {

        /** A path the stand-in answers 503, as a service does when one of its own dependencies is down. */
        static final String DEPENDENCY_DOWN = "dependency-down";

        final HttpServer server;
        final ConcurrentLinkedQueue<String> requestIds = new ConcurrentLinkedQueue<>();
        final AtomicLong largestBody = new AtomicLong();

        SessionServiceStandIn() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", this::answer);
            server.start();
        }

        String baseUri() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private void answer(HttpExchange exchange) throws IOException {
            String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
            if (requestId != null) {
                requestIds.add(requestId);
                exchange.getResponseHeaders().set("X-Request-Id", requestId);
            }
            long bytes = exchange.getRequestBody().readAllBytes().length;
            largestBody.accumulateAndGet(bytes, Math::max);
            boolean dependencyDown = exchange.getRequestURI().getPath().endsWith(DEPENDENCY_DOWN);
            byte[] body = (dependencyDown
                    ? "{\"title\":\"Service unavailable\",\"status\":503,\"detail\":\"question-service is unavailable right now\"}"
                    : "{\"bytes\":%d}".formatted(bytes)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    dependencyDown ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(dependencyDown ? 503 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }
    }
}
