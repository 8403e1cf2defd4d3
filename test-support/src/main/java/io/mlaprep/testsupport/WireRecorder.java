package io.mlaprep.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Keeps the exact body of every response a client receives, and hands the client the same bytes: a
 * contract test compares what the server sent with what the client made of it, from one exchange.
 */
public final class WireRecorder implements ClientHttpRequestInterceptor {

    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    public record Exchange(String method, String path, int status, String body) {
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        ClientHttpResponse response = execution.execute(request, body);
        byte[] received = response.getBody().readAllBytes();
        exchanges.add(new Exchange(request.getMethod().name(), request.getURI().getPath(),
                response.getStatusCode().value(), new String(received, StandardCharsets.UTF_8)));
        return new Replayed(response, received);
    }

    /** The last exchange; fails if there was none. */
    public Exchange last() {
        if (exchanges.isEmpty()) {
            throw new AssertionError("the client made no call");
        }
        return exchanges.getLast();
    }

    /** The last exchange on this path; fails if there was none. */
    public Exchange last(String path) {
        return exchanges.reversed().stream().filter(exchange -> exchange.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("the client made no call to " + path));
    }

    private record Replayed(ClientHttpResponse response, byte[] body) implements ClientHttpResponse {

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return response.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return response.getStatusText();
        }

        @Override
        public HttpHeaders getHeaders() {
            return response.getHeaders();
        }

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public void close() {
            response.close();
        }
    }
}
