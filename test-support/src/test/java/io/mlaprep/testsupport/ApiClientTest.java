package io.mlaprep.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiClientTest {

    private final AtomicReference<Headers> received = new AtomicReference<>();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            received.set(exchange.getRequestHeaders());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aRawBearerIsSentAsItIs() {
        ApiClient.withBearer(port(), "not.a.jwt").get("/", String.class);

        assertThat(received.get().getFirst("Authorization")).isEqualTo("Bearer not.a.jwt");
    }

    @Test
    void noBearerSendsNoAuthorizationHeader() {
        ApiClient.withBearer(port(), null).get("/", String.class);

        assertThat(received.get().containsKey("Authorization")).isFalse();
    }

    @Test
    void aPostCarriesExtraHeadersNextToTheUsersToken() {
        new ApiClient(port(), "author-1", "AUTHOR").post("/", Map.of(), Map.of("Prefer", "respond-async"), String.class);

        assertThat(received.get().getFirst("Prefer")).isEqualTo("respond-async");
        assertThat(received.get().getFirst("Authorization")).startsWith("Bearer ey");
    }

    private int port() {
        return server.getAddress().getPort();
    }
}
