package io.mlaprep.session.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.mlaprep.servicedefaults.web.DependencyUnavailableException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.web.client.HttpClientErrorException;

/**
 * A call to another service within a small time budget: a time limit, a circuit breaker that stops
 * calling a failing or slow service for a while, and a bulkhead that caps concurrent calls so a slow
 * dependency cannot take every request thread. Tuned for ~100 ms budgets, not the library defaults.
 * A 4xx answer is the caller's mistake, not the dependency's, so it does not open the circuit.
 */
public final class ResilientCall {

    private static final ExecutorService CALLS = Executors.newVirtualThreadPerTaskExecutor();

    private final String name;
    private final TimeLimiter timeLimiter;
    private final CircuitBreaker circuitBreaker;
    private final Bulkhead bulkhead;

    public ResilientCall(String name, Duration timeout, int maxConcurrent) {
        this.name = name;
        this.timeLimiter = TimeLimiter.of(name, TimeLimiterConfig.custom()
                .timeoutDuration(timeout).cancelRunningFuture(true).build());
        this.circuitBreaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .slowCallDurationThreshold(timeout)
                .slowCallRateThreshold(80)
                .waitDurationInOpenState(Duration.ofSeconds(5))
                .permittedNumberOfCallsInHalfOpenState(3)
                .ignoreExceptions(HttpClientErrorException.class)
                .build());
        this.bulkhead = Bulkhead.of(name, BulkheadConfig.custom()
                .maxConcurrentCalls(maxConcurrent)
                .maxWaitDuration(Duration.ofMillis(20))
                .build());
    }

    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    public <T> T call(Supplier<T> remote) {
        Supplier<T> limited = () -> {
            try {
                return timeLimiter.executeFutureSupplier(() -> CompletableFuture.supplyAsync(remote, CALLS));
            } catch (ExecutionException e) {
                throw rethrow(e.getCause());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        try {
            return circuitBreaker.executeSupplier(Bulkhead.decorateSupplier(bulkhead, limited));
        } catch (HttpClientErrorException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DependencyUnavailableException(name + " is unavailable right now (" + reason(e)
                    + "); try again in a moment.", e);
        }
    }

    private String reason(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof java.util.concurrent.TimeoutException) {
            return "no answer within " + timeLimiter.getTimeLimiterConfig().getTimeoutDuration().toMillis() + " ms";
        }
        if (e instanceof io.github.resilience4j.circuitbreaker.CallNotPermittedException) {
            return "circuit open after repeated failures";
        }
        if (e instanceof io.github.resilience4j.bulkhead.BulkheadFullException) {
            return "too many calls in flight";
        }
        return cause.getClass().getSimpleName();
    }

    private static RuntimeException rethrow(Throwable cause) {
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
}
