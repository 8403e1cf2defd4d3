package io.mlaprep.session.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mlaprep.servicedefaults.client.ResilientCalls;
import io.mlaprep.servicedefaults.client.ServiceAuthProperties;
import io.mlaprep.servicedefaults.client.ServiceRestClients;
import io.mlaprep.servicedefaults.client.ServiceTokenProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.springframework.web.client.RestClient;

/**
 * A tiny HTTP server on the loopback that stands in for another service (and its token issuer):
 * answers each path with a fixed status and body after an optional delay, and records what it got.
 */
public final class StubService implements AutoCloseable {

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** @param query the query string, decoded, or null if there was none */
    public record Received(String path, String query, String requestId, String body) {
    }

    public StubService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        answer("/oauth2/token", 200, "{\"access_token\":\"stub-token\",\"expires_in\":300}");
        server.start();
    }

    public StubService answer(String path, int status, String json) {
        return answer(path, status, json, Duration.ZERO);
    }

    public StubService answer(String path, int status, String json, Duration delay) {
        server.createContext(path, exchange -> respond(exchange, status, json, delay));
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What calls to {@code path} carried, in arrival order. */
    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Resilient calls as the service makes them, with this stub as the token issuer. */
    public ResilientCalls calls() {
        ServiceTokenProvider tokens = new ServiceTokenProvider(
                new ServiceAuthProperties(url() + "/oauth2/token", "session-service", "secret"),
                RestClient.create(), Clock.systemUTC());
        return new ResilientCalls(new ServiceRestClients(RestClient.builder(), tokens), new SimpleMeterRegistry());
    }

    private void respond(HttpExchange exchange, int status, String json, Duration delay) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestURI().getQuery(),
                exchange.getRequestHeaders().getFirst("X-Request-Id"), body));
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException gone) {
            // the client gave up waiting; that is what some tests are about
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
