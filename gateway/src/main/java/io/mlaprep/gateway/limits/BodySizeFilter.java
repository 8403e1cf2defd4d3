package io.mlaprep.gateway.limits;

import io.mlaprep.gateway.web.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over the limit with 413: at once when Content-Length says so, and while
 * reading when a body without a length grows past it. Question imports may be larger.
 */
@Component
public class BodySizeFilter implements WebFilter, Ordered {

    private final LimitProperties limits;

    public BodySizeFilter(LimitProperties limits) {
        this.limits = limits;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long limit = isImport(request) ? limits.maxImportBody().toBytes() : limits.maxBody().toBytes();
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return tooLarge(exchange, limit);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            private long read;

            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().map(buffer -> {
                    read += buffer.readableByteCount();
                    if (read > limit) {
                        throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                                "The request body is over " + limit + " bytes.");
                    }
                    return buffer;
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private static boolean isImport(ServerHttpRequest request) {
        return HttpMethod.POST.equals(request.getMethod()) && request.getPath().value().equals("/api/questions/import");
    }

    private static Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        return ProblemWriter.write(exchange.getResponse(), HttpStatus.CONTENT_TOO_LARGE, "Request too large",
                "The request body may be at most " + limit / 1024 + " KiB.");
    }
}
