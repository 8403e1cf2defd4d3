package io.mlaprep.gateway.limits;

import io.mlaprep.gateway.web.ProblemWriter;
import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Per-user rate limits in Redis (token buckets shared by every gateway instance): 429 with
 * Retry-After when a bucket is empty. Sign-in and sign-up are limited per client address, tighter.
 * If Redis itself fails, requests pass: the limit protects the services, it must not take them down.
 */
@Component
public class RateLimitFilter implements WebFilter, org.springframework.core.Ordered {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final RedisScript<List<Long>> BUCKET = (RedisScript) RedisScript.of(
            new ClassPathResource("scripts/token-bucket.lua"), List.class);

    private final ReactiveStringRedisTemplate redis;
    private final LimitProperties limits;

    public RateLimitFilter(ReactiveStringRedisTemplate redis, LimitProperties limits) {
        this.redis = redis;
        this.limits = limits;
    }

    @Override
    public int getOrder() {
        return SecurityWebFiltersOrder.AUTHENTICATION.getOrder() + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (path.startsWith("/api/auth/") || path.equals("/oauth2/token")) {
            return limit(exchange, chain, "gw:rl:auth:" + clientAddress(exchange), limits.auth());
        }
        if (!path.startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal().map(Principal::getName).map(user -> "gw:rl:user:" + user)
                .switchIfEmpty(Mono.fromSupplier(() -> "gw:rl:ip:" + clientAddress(exchange)))
                .flatMap(key -> limit(exchange, chain, key, limits.api()));
    }

    private Mono<Void> limit(ServerWebExchange exchange, WebFilterChain chain, String key,
                             LimitProperties.Bucket bucket) {
        return redis.execute(BUCKET, List.of(key), List.of(Double.toString(bucket.perSecond()),
                        Integer.toString(bucket.burst()), "1"))
                .next()
                .onErrorResume(e -> Mono.just(List.of(1L, 0L, 0L)))
                .flatMap(result -> {
                    exchange.getResponse().getHeaders().set("X-RateLimit-Remaining", Long.toString(result.get(1)));
                    if (result.get(0) == 1L) {
                        return chain.filter(exchange);
                    }
                    long seconds = Math.max(1, (result.get(2) + 999) / 1000);
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
                    return ProblemWriter.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS,
                            "Too many requests", "Slow down: try again in " + seconds + " s.");
                });
    }

    static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
