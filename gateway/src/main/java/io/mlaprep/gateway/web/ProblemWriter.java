package io.mlaprep.gateway.web;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;

/** Writes a problem+json response from a filter, before any controller is involved. */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String title, String detail) {
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.getHeaders().set("WWW-Authenticate", "Bearer");
        }
        DataBuffer body = response.bufferFactory().wrap("""
                {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}"""
                .formatted(title, status.value(), detail.replace("\"", "'")).getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }
}
