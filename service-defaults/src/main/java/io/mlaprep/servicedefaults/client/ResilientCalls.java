package io.mlaprep.servicedefaults.client;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Makes {@link ResilientCall}s: one HTTP client per time budget, with a circuit breaker and a bulkhead
 * tuned for ~100 ms budgets rather than the library defaults. Their states and counts are metrics
 * ({@code resilience4j.circuitbreaker.*}, {@code resilience4j.bulkhead.*}, tagged by call name). Every call
 * a service makes to another goes through one.
 */
public class ResilientCalls {

    private final ServiceRestClients clients;
    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
    private final BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();

    public ResilientCalls(ServiceRestClients clients, MeterRegistry meters) {
        this.clients = clients;
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
    }

    /**
     * Calls to {@code baseUrl} that must answer within {@code budget}, at most {@code maxConcurrent} at
     * a time; {@code name} names the breaker and the bulkhead in messages and metrics.
     */
    public ResilientCall create(String name, String baseUrl, Duration connectTimeout, Duration budget,
                                int maxConcurrent) {
        return new ResilientCall(name, clients.create(baseUrl, connectTimeout, budget), budget,
                breakers.circuitBreaker(name, CircuitBreakerConfig.custom()
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(20)
                        .minimumNumberOfCalls(10)
                        .failureRateThreshold(50)
                        .slowCallDurationThreshold(budget)
                        .slowCallRateThreshold(80)
                        .waitDurationInOpenState(Duration.ofSeconds(5))
                        .permittedNumberOfCallsInHalfOpenState(3)
                        .ignoreExceptions(HttpClientErrorException.class)
                        .build()),
                bulkheads.bulkhead(name, BulkheadConfig.custom()
                        .maxConcurrentCalls(maxConcurrent)
                        .maxWaitDuration(Duration.ofMillis(20))
                        .build()));
    }
}
