package io.mlaprep.servicedefaults.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mlaprep.servicedefaults.errors.DependencyUnavailableException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

class ResilientCallTest {

    private final AtomicInteger fineCalls = new AtomicInteger();
    private final AtomicInteger brokenCalls = new AtomicInteger();
    private final AtomicInteger slowOnceCalls = new AtomicInteger();
    private final HttpServer service = stub(Map.of("/broken", 500, "/missing", 404, "/fine", 200,
            "/slow-once", 200, "/oauth2/token", 200));
    private final ResilientCalls calls = new ResilientCalls(new ServiceRestClients(RestClient.builder(),
            new ServiceTokenProvider(new ServiceAuthProperties(url() + "/oauth2/token", "a-service", "secret"),
                    RestClient.create(), Clock.systemUTC())), new SimpleMeterRegistry());
    private final ResilientCall call = calls.create("stub", url(), Duration.ofMillis(300), Duration.ofMillis(150), 4);

    @AfterEach
    void stop() {
        service.stop(0);
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndLaterCallsFailWithoutBeingMade() {
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> get("/broken")).isInstanceOf(DependencyUnavailableException.class);
        }

        assertThatThrownBy(() -> get("/fine")).isInstanceOf(DependencyUnavailableException.class)
                .hasMessageContaining("circuit open");
        assertThat(fineCalls).hasValue(0);
    }

    @Test
    void aClientErrorIsPassedOnAndDoesNotOpenTheCircuit() {
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> get("/missing")).isInstanceOf(HttpClientErrorException.NotFound.class);
        }

        assertThat(get("/fine")).isEqualTo("{}");
    }

    @Test
    void aServiceThatIsNotThereIsUnavailable() {
        ResilientCall nowhere = calls.create("nowhere", "http://127.0.0.1:1", Duration.ofMillis(300),
                Duration.ofMillis(150), 4);

        assertThatThrownBy(() -> nowhere.call(http -> http.get().uri("/").retrieve().body(String.class)))
                .isInstanceOf(DependencyUnavailableException.class).hasMessageStartingWith("nowhere is unavailable");
    }

    @Test
    void aReadThatRanOutOfTimeIsMadeOnceMore() {
        String answer = call.callIdempotent(http -> http.get().uri("/slow-once").retrieve().body(String.class));

        assertThat(answer).isEqualTo("{}");
        assertThat(slowOnceCalls).hasValue(2);
    }

    @Test
    void aCallThatRanOutOfTimeIsNotMadeAgain() {
        assertThatThrownBy(() -> get("/slow-once")).isInstanceOf(DependencyUnavailableException.class)
                .hasMessageContaining("no answer within 150 ms");
        assertThat(slowOnceCalls).hasValue(1);
    }

    @Test
    void aReadThatFailedForAnotherReasonIsNotMadeAgain() {
        assertThatThrownBy(() -> call.callIdempotent(http -> http.get().uri("/broken").retrieve().body(String.class)))
                .isInstanceOf(DependencyUnavailableException.class);
        assertThat(brokenCalls).hasValue(1);
    }

    private String get(String path) {
        return call.call(http -> http.get().uri(path).retrieve().body(String.class));
    }

    private String url() {
        return "http://127.0.0.1:" + service.getAddress().getPort();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Answers each path with its status (the first call of /slow-once after 400 ms); the token endpoint with a token. */
    private HttpServer stub(Map<String, Integer> statuses) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            statuses.forEach((path, status) -> server.createContext(path, exchange -> {
                switch (path) {
                    case "/fine" -> fineCalls.incrementAndGet();
                    case "/broken" -> brokenCalls.incrementAndGet();
                    case "/slow-once" -> {
                        if (slowOnceCalls.incrementAndGet() == 1) {
                            pause(Duration.ofMillis(400));
                        }
                    }
                    default -> { }
                }
                byte[] body = (path.equals("/oauth2/token") ? "{\"access_token\":\"t\",\"expires_in\":300}" : "{}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            }));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
