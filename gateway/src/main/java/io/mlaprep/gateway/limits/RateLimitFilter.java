package io.mlaprep.gateway.limits;

import io.mlaprep.gateway.web.GatewayPaths;
import io.mlaprep.gateway.web.ProblemWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Rate limits in Redis (token buckets shared by every gateway instance), 429 with Retry-After when a
 * bucket is empty: sign-up, sign-in and the token endpoint per client address, tighter, as nobody is
 * signed in yet; the rest of /api per signed-in user. It runs after the security chain, so a call
 * without a valid token was already refused. Paths are matched decoded, as security and routing match them.
 * If Redis itself fails, requests pass: the limit protects the services, it must not take them down.
 */
@Component
public class RateLimitFilter implements WebFilter, Ordered {

    /** Spring Security's filter chain is a WebFilter at -100 (WebFluxSecurityConfiguration, not public). */
    private static final int SECURITY_CHAIN_ORDER = -100;

    /**
     * The script's text, read once: a script on a classpath resource asks the jar on every call whether it changed
     * (to recompute its SHA-1), which throws and is caught each time; JFR showed it on every rate-limited request.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final RedisScript<List<Long>> BUCKET = (RedisScript) RedisScript.of(
            classpathText("scripts/token-bucket.lua"), List.class);

    private final ReactiveStringRedisTemplate redis;
    private final LimitProperties limits;

    private static String classpathText(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RateLimitFilter(ReactiveStringRedisTemplate redis, LimitProperties limits) {
        this.redis = redis;
        this.limits = limits;
    }

    @Override
    public int getOrder() {
        return SECURITY_CHAIN_ORDER + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (GatewayPaths.isSignIn(exchange.getRequest())) {
            return limit(exchange, chain, "gw:rl:auth:" + clientAddress(exchange), limits.auth());
        }
        // a bucket of its own: learners signing in from the services' address (one host, a NAT) must not starve
        // them of tokens, which turned into 503s on session starts under load
        if (GatewayPaths.isServiceToken(exchange.getRequest())) {
            return limit(exchange, chain, "gw:rl:service-token:" + clientAddress(exchange), limits.auth());
        }
        if (!GatewayPaths.isApi(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        // an /api call the security chain let through unsigned (a CORS preflight) counts against its address
        return exchange.getPrincipal().map(principal -> "gw:rl:user:" + principal.getName())
                .defaultIfEmpty("gw:rl:anon:" + clientAddress(exchange))
                .flatMap(key -> limit(exchange, chain, key, limits.api()));
    }

    private Mono<Void> limit(ServerWebExchange exchange, WebFilterChain chain, String key,
                             LimitProperties.Bucket bucket) {
        return take(key, bucket).flatMap(taken -> {
            if (taken.isEmpty()) {
                return chain.filter(exchange);
            }
            List<Long> result = taken.get();
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

    /** {allowed 0|1, tokens left, ms until the next token}; empty when Redis could not be asked. */
    private Mono<Optional<List<Long>>> take(String key, LimitProperties.Bucket bucket) {
        return redis.execute(BUCKET, List.of(key), List.of(Double.toString(bucket.perSecond()),
                        Integer.toString(bucket.burst()), "1"))
                .next()
                .map(Optional::of)
                .onErrorReturn(Optional.empty())
                .defaultIfEmpty(Optional.empty());
    }

    static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
