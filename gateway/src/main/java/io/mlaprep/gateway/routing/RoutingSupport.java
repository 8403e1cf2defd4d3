package io.mlaprep.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.security.Principal;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@Configuration(proxyBeanMethods = false)
public class RoutingSupport {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Rate limits per signed-in user; per client address before sign-in. */
    @Bean
    @Primary
    KeyResolver userKeyResolver() {
        return exchange -> exchange.getPrincipal().map(Principal::getName).map(name -> "user:" + name)
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + clientAddress(exchange)));
    }

    @Bean
    KeyResolver clientAddressKeyResolver() {
        return exchange -> Mono.just("ip:" + clientAddress(exchange));
    }

    /** Every request gets an id (or keeps a well-formed one), passed to the services and echoed back. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    GlobalFilter requestIds() {
        return (exchange, chain) -> {
            String incoming = exchange.getRequest().getHeaders().getFirst(REQUEST_ID);
            String id = incoming != null && SAFE_ID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
            ServerWebExchange tagged = exchange.mutate()
                    .request(request -> request.headers(headers -> headers.set(REQUEST_ID, id)))
                    .build();
            tagged.getResponse().getHeaders().set(REQUEST_ID, id);
            return chain.filter(tagged);
        };
    }

    /**
     * Route circuit breakers: a service that refuses connections fails at once; one that hangs is cut
     * off after a few seconds; one failing half its calls is not called for a while (fast 503s).
     */
    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> routeCircuitBreakers(
            @Value("${mla.routes.timeout:5s}") Duration timeout) {
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(timeout).build())
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(20).minimumNumberOfCalls(10).failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofSeconds(5)).permittedNumberOfCallsInHalfOpenState(3)
                        .build())
                .build());
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
