package io.mlaprep.gateway.routing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Every call to a service carries the trace context of the gateway's span for the request ({@code traceparent}),
 * so the service's spans are its children: one trace from the gateway through the services and Kafka.
 *
 * <p>Spring Cloud Gateway's own observability (off in application.yml) did this by starting a client observation
 * per call, a span and a timer of its own, whose bookkeeping was about a tenth of the gateway's CPU per proxied call
 * (issue 15) and which some ways a call ends left open for good. The server span already times the request.
 * A context the caller sent is replaced, as the service's parent is the gateway's span, which is its child.
 */
@Component
public class TraceContextHeaders implements HttpHeadersFilter, Ordered {

    private final Propagator propagator;

    public TraceContextHeaders(Propagator propagator) {
        this.propagator = propagator;
    }

    @Override
    public int getOrder() {
        // after the filters that copy and prune the caller's headers
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        Span span = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingObservationHandler.TracingContext>get(
                        TracingObservationHandler.TracingContext.class))
                .map(TracingObservationHandler.TracingContext::getSpan)
                .orElse(null);
        if (span == null) {
            return input;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input);
        propagator.fields().forEach(headers::remove);
        propagator.inject(span.context(), headers, HttpHeaders::set);
        return headers;
    }
}
