package io.mlaprep.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.mlaprep.testsupport.JwtAttacks;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;
import reactor.core.publisher.Mono;

/** The gateway in front of a real (stand-in) session-service: what it does to proxied requests and responses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "QUESTION_SERVICE_URL=http://127.0.0.1:9", "ANALYTICS_SERVICE_URL=http://127.0.0.1:9",
        "RECOMMENDER_SERVICE_URL=http://127.0.0.1:9", "MANAGEMENT_PORT=0", "mla.data-dir=target/gateway-it-data"})
@RealServers(Server.REDIS)
@Import(ProxiedRoutesIT.Counted.class)
class ProxiedRoutesIT {

    static final SessionServiceStandIn SESSIONS = new SessionServiceStandIn();

    @DynamicPropertySource
    static void routeToTheStandIn(DynamicPropertyRegistry registry) {
        registry.add("SESSION_SERVICE_URL", SESSIONS::baseUri);
    }

    @AfterAll
    static void stopStandIn() {
        SESSIONS.server.stop(0);
        SESSIONS.handlers.shutdownNow();
    }

    /** Counts the web sessions any request asked for: the gateway is stateless and should ask for none. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Counted {

        static final AtomicInteger SESSIONS_ASKED_FOR = new AtomicInteger();

        @Bean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
        WebSessionManager countingSessions() {
            DefaultWebSessionManager sessions = new DefaultWebSessionManager();
            return exchange -> Mono.defer(() -> {
                SESSIONS_ASKED_FOR.incrementAndGet();
                return sessions.getSession(exchange);
            });
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    RSAKey signingKey;
    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;
    @Autowired
    MeterRegistry meters;
    RestClient http;
    String token;

    @BeforeEach
    void setUp() {
        // the JDK's client, as in GatewaySecurityIT: a pooled Reactor Netty connection sharing the gateway's event loops
        // now and then got no answer after a fallback's 503
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .requestFactory(new JdkClientHttpRequestFactory())
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
        token = new JwtAttacks(signingKey, "http://localhost:8080", "mla-api")
                .valid("user-" + UUID.randomUUID(), List.of("LEARNER"));
        // each test counts the calls it adds to a closed breaker whose window (20 calls) is not yet full
        breakers.getCircuitBreakerRegistry().circuitBreaker("session-service").reset();
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
     * A bearer token is the whole of a caller's security context. Loading it from a web session made one per request:
     * an id from SecureRandom on a bounded-elastic thread, then the rest of the request moved to a parallel one.
     */
    @Test
    void aSignedInCallAsksForNoWebSession() {
        int before = Counted.SESSIONS_ASKED_FOR.get();

        ResponseEntity<Map> response = http.get().uri("/api/sessions").header("Authorization", "Bearer " + token)
                .retrieve().toEntity(Map.class);
        ResponseEntity<Map> unsigned = http.get().uri("/api/sessions").retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(unsigned.getStatusCode().value()).isEqualTo(401);
        assertThat(Counted.SESSIONS_ASKED_FOR.get() - before).as("web sessions asked for").isZero();
    }

    /**
     * A large population means many calls in flight to one service at once: the gateway passes them all on. With
     * Spring Cloud CircuitBreaker's default bulkhead (25 concurrent calls a breaker) the 26th and later got the
     * fallback's 503 at once, and those "failures" then opened the breaker for everybody.
     */
    @Test
    void manyCallsInFlightToOneServiceAreAllPassedOn() throws Exception {
        int calls = 60;
        SESSIONS.holdUntilInFlight(calls);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sessions/"
                + SessionServiceStandIn.HELD)).header("Authorization", "Bearer " + token).build();

        List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, calls)
                .mapToObj(i -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString())).toList();

        assertThat(responses.stream().map(CompletableFuture::join).map(HttpResponse::statusCode))
                .as("statuses of %d calls in flight together", calls).containsOnly(200).hasSize(calls);
        assertThat(SESSIONS.mostInFlight.get()).as("calls the service held at once").isEqualTo(calls);
    }

    /**
     * A caller who hangs up before the service answers (a closed tab, a phone that lost its signal) leaves nothing
     * behind: no observation stays open, in the {@code .active} long-task timer of any, with the exchange it holds.
     */
    @Test
    void aCallTheCallerAbandonsLeavesNoOpenObservation() throws Exception {
        int calls = 5;
        double openBefore = openObservations();
        int arrivedBefore = SESSIONS.slowCalls.get();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sessions/"
                + SessionServiceStandIn.SLOW)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMillis(300)).build();

        List<CompletableFuture<HttpResponse<String>>> abandoned = IntStream.range(0, calls)
                .mapToObj(i -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString())).toList();

        assertThat(abandoned).allSatisfy(call -> assertThat(call).failsWithin(Duration.ofSeconds(5))
                .withThrowableThat().withCauseInstanceOf(HttpTimeoutException.class));
        await().atMost(Duration.ofSeconds(5)).until(() -> SESSIONS.slowCalls.get() - arrivedBefore == calls);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(openObservations())
                .as("observations still open").isEqualTo(openBefore));
    }

    /** A read from a service that drops every call is tried three times, then answered by the breaker's fallback. */
    @Test
    void aReadTheServiceNeverAnswersIsTriedThreeTimesThenAnsweredByTheFallback() {
        double openBefore = openObservations();
        SESSIONS.droppedCalls.set(0);

        ResponseEntity<Map> response = http.get().uri("/api/sessions/" + SessionServiceStandIn.DOWN)
                .header("Authorization", "Bearer " + token).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(SESSIONS.droppedCalls.get()).as("calls the service got, the two retries included").isEqualTo(3);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(openObservations())
                .as("observations still open").isEqualTo(openBefore));
    }

    /**
     * The service's spans belong to the gateway's trace: the call carries the trace context of the gateway's span
     * for the request, in place of the caller's (whose span is that one's parent), and a trace the gateway begins
     * reaches the service as well.
     */
    @Test
    void aCallCarriesTheTraceContextOfTheGatewaysSpan() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String callersSpan = "00f067aa0ba902b7";

        http.get().uri("/api/sessions/traced").header("Authorization", "Bearer " + token)
                .header("traceparent", "00-" + traceId + "-" + callersSpan + "-01").retrieve().toBodilessEntity();
        String continued = SESSIONS.lastTraceparent.get();
        http.get().uri("/api/sessions/traced").header("Authorization", "Bearer " + token)
                .retrieve().toBodilessEntity();
        String begun = SESSIONS.lastTraceparent.get();

        assertThat(continued).as("traceparent the service got").matches("00-" + traceId + "-[0-9a-f]{16}-0[01]")
                .doesNotContain(callersSpan);
        assertThat(begun).as("traceparent of a trace the gateway began").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")
                .doesNotContain(traceId);
    }

    /**
     * A read the service drops once is tried again, and the learner gets the second try's answer. With the retry
     * outside the circuit breaker the first failure became the fallback's 503, and the retry of that answer failed
     * on a response already sent.
     */
    @Test
    void aReadTheServiceDropsOnceIsTriedAgainAndAnswered() {
        SESSIONS.dropEveryOtherCall();

        ResponseEntity<Map> response = http.get().uri("/api/sessions/" + SessionServiceStandIn.FLAKY)
                .header("Authorization", "Bearer " + token).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(SESSIONS.flakyCalls.get()).as("calls the service got").isEqualTo(2);
    }

    /** A write is never sent twice: the service may have applied it before the connection broke. */
    @Test
    void aWriteTheServiceDropsIsNotTriedAgain() {
        SESSIONS.dropEveryOtherCall();

        ResponseEntity<Map> response = http.post().uri("/api/sessions/" + SessionServiceStandIn.FLAKY)
                .header("Authorization", "Bearer " + token).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(SESSIONS.flakyCalls.get()).as("calls the service got").isEqualTo(1);
    }

    private double openObservations() {
        return meters.getMeters().stream().filter(LongTaskTimer.class::isInstance).map(LongTaskTimer.class::cast)
                .filter(timer -> timer.getId().getName().endsWith(".active"))
                .mapToDouble(LongTaskTimer::activeTasks).sum();
    }

    /**
     * Answers like a service: echoes the request id, reads the whole body and says how long it was; 503
     * on {@link #DEPENDENCY_DOWN}.
     */
    static final class SessionServiceStandIn {

        /** A path the stand-in answers 503, as a service does when one of its own dependencies is down. */
        static final String DEPENDENCY_DOWN = "dependency-down";
        /** A path whose calls are held until as many as {@link #holdUntilInFlight} asked for are in flight. */
        static final String HELD = "held";
        /** A path answered after {@link #SLOW_FOR}, long after the caller of the abandoned-call test gave up. */
        static final String SLOW = "slow";
        static final Duration SLOW_FOR = Duration.ofMillis(1500);
        /** A path whose odd-numbered calls (since {@link #dropEveryOtherCall}) lose their connection unanswered. */
        static final String FLAKY = "flaky";
        /** A path whose every call loses its connection unanswered. */
        static final String DOWN = "never-answers";

        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger mostInFlight = new AtomicInteger();
        final AtomicInteger slowCalls = new AtomicInteger();
        final AtomicInteger flakyCalls = new AtomicInteger();
        final AtomicInteger droppedCalls = new AtomicInteger();
        final AtomicReference<String> lastTraceparent = new AtomicReference<>();
        volatile CountDownLatch allHeld = new CountDownLatch(0);

        final ExecutorService handlers = Executors.newCachedThreadPool();
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
            server.setExecutor(handlers);
            server.start();
        }

        void dropEveryOtherCall() {
            flakyCalls.set(0);
        }

        void holdUntilInFlight(int calls) {
            mostInFlight.set(0);
            allHeld = new CountDownLatch(calls);
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
            lastTraceparent.set(exchange.getRequestHeaders().getFirst("traceparent"));
            if (exchange.getRequestURI().getPath().endsWith(DOWN)) {
                droppedCalls.incrementAndGet();
                exchange.close();
                return;
            }
            if (exchange.getRequestURI().getPath().endsWith(HELD)) {
                hold();
            }
            if (exchange.getRequestURI().getPath().endsWith(FLAKY) && flakyCalls.incrementAndGet() % 2 == 1) {
                exchange.close(); // no status line: the gateway's connection ends before any response
                return;
            }
            if (exchange.getRequestURI().getPath().endsWith(SLOW)) {
                slowCalls.incrementAndGet();
                sleep(SLOW_FOR);
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

        private static void sleep(Duration duration) {
            try {
                Thread.sleep(duration);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /**
         * Waits until every call asked for has arrived, at most 3 s (well inside the route's 5 s time limit): when the
         * gateway passes fewer on, the held ones still answer 200 and the test fails on the ones it refused.
         */
        private void hold() {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            allHeld.countDown();
            try {
                allHeld.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }
}
