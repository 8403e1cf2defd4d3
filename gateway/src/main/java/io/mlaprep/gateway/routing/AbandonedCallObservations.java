package io.mlaprep.gateway.routing;

import io.micrometer.observation.Observation;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Ends a proxied call's client observation when the caller hangs up before the service answers.
 *
 * <p>Spring Cloud Gateway starts that observation as the request goes out, and stops it when the response's headers
 * come back or when an error reaches its exception handler. A caller that goes away in between cancels the exchange,
 * so neither happens: the {@code http.client.requests.active} long-task timer then kept a sample, and the exchange it
 * refers to, for every such call for as long as the gateway ran.
 */
@Component
public class AbandonedCallObservations implements GlobalFilter, Ordered {

    /** The attribute Spring Cloud Gateway sets once it has stopped the observation itself. */
    static final String STOPPED = "gateway.observation.stopped";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange).doOnCancel(() -> stopIfOpen(exchange));
    }

    private static void stopIfOpen(ServerWebExchange exchange) {
        if (exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_OBSERVATION_ATTR) instanceof Observation call
                && exchange.getAttributes().putIfAbsent(STOPPED, "true") == null) {
            call.event(Observation.Event.of("cancelled", "the caller went away before the service answered"));
            call.stop();
        }
    }
}
