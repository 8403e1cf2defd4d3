package io.mlaprep.gateway.routing;

import io.micrometer.observation.Observation;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyRoutingFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Ends the client observation of every call the gateway sends to a service, however the call ends.
 *
 * <p>Spring Cloud Gateway starts that observation as each request goes out, and stops it when the response's headers
 * come back or when an error reaches its exception handler. Three ways a call ends reach neither, and each left the
 * observation open, a sample in the {@code http.client.requests.active} long-task timer (with the exchange it refers
 * to) for as long as the gateway ran:
 * <ul>
 *   <li>the caller hangs up before the service answers (a closed tab, a phone that lost its signal);</li>
 *   <li>the call fails and the circuit breaker answers with its fallback instead of passing the error on (a service
 *       down or too slow);</li>
 *   <li>a read is retried: each attempt starts an observation of its own in the same exchange attribute, so a failed
 *       attempt's was overwritten before anything stopped it.</li>
 * </ul>
 * So this filter wraps each attempt, just before the call goes out, and stops the attempt's observation when the
 * attempt fails or is cancelled, unless Spring Cloud Gateway already did.
 */
@Component
public class AbandonedCallObservations implements GlobalFilter, Ordered {

    /**
     * The attribute Spring Cloud Gateway sets once it has stopped the observation itself (its package-private
     * {@code ObservedResponseHttpHeadersFilter.OBSERVATION_STOPPED}, which its exception handler also reads).
     */
    static final String STOPPED = "gateway.observation.stopped";

    @Override
    public int getOrder() {
        return NettyRoutingFilter.ORDER - 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return Mono.defer(() -> {
            // a retry subscribes again: the attempt before it left its observation and its stop mark here
            exchange.getAttributes().remove(ServerWebExchangeUtils.GATEWAY_OBSERVATION_ATTR);
            exchange.getAttributes().remove(STOPPED);
            return chain.filter(exchange);
        }).doOnError(failure -> stopIfOpen(exchange, failure)).doOnCancel(() -> stopIfOpen(exchange, null));
    }

    private static void stopIfOpen(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_OBSERVATION_ATTR) instanceof Observation call
                && exchange.getAttributes().putIfAbsent(STOPPED, "true") == null) {
            if (failure != null) {
                call.error(failure);
            } else {
                call.event(Observation.Event.of("cancelled", "the call was given up before the service answered"));
            }
            call.stop();
        }
    }
}
