package io.mlaprep.servicedefaults.client;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.mlaprep.servicedefaults.errors.DependencyUnavailableException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Calls to another service within one time budget, on the caller's thread (so the request id goes
 * along): the HTTP client's read timeout is the budget, a circuit breaker stops calling a failing or
 * slow service for a while, and a bulkhead caps concurrent calls so a slow dependency cannot take
 * every request thread. A 4xx answer is the caller's mistake, not the dependency's: it is passed on
 * and does not open the circuit. Made by {@link ResilientCalls}.
 */
public final class ResilientCall {

    private final String name;
    private final RestClient http;
    private final Duration budget;
    private final CircuitBreaker circuitBreaker;
    private final Bulkhead bulkhead;

    ResilientCall(String name, RestClient http, Duration budget, CircuitBreaker circuitBreaker, Bulkhead bulkhead) {
        this.name = name;
        this.http = http;
        this.budget = budget;
        this.circuitBreaker = circuitBreaker;
        this.bulkhead = bulkhead;
    }

    public <T> T call(Function<RestClient, T> request) {
        return call(request, false);
    }

    /**
     * {@link #call} for a request that changes nothing (a read), so one that ran out of time is made once more:
     * on a busy machine a healthy service now and then misses a tight budget, and a learner should not see an
     * error for that. Every other failure fails at once, as in {@link #call}.
     */
    public <T> T callIdempotent(Function<RestClient, T> request) {
        return call(request, true);
    }

    private <T> T call(Function<RestClient, T> request, boolean againAfterTimeout) {
        long start = System.nanoTime();
        try {
            return attempt(request);
        } catch (HttpClientErrorException e) {
            throw e;
        } catch (RuntimeException e) {
            if (againAfterTimeout && timedOut(e, Duration.ofNanos(System.nanoTime() - start))) {
                return call(request, false);
            }
            throw unavailable(e, start);
        }
    }

    private <T> T attempt(Function<RestClient, T> request) {
        return circuitBreaker.executeSupplier(Bulkhead.decorateSupplier(bulkhead, () -> request.apply(http)));
    }

    private DependencyUnavailableException unavailable(RuntimeException e, long start) {
        return new DependencyUnavailableException(name + " is unavailable right now ("
                + reason(e, Duration.ofNanos(System.nanoTime() - start)) + "); try again in a moment.", e);
    }

    private boolean timedOut(RuntimeException e, Duration took) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                return false;
            }
            if (cause instanceof HttpTimeoutException) {
                return true;
            }
        }
        // a timeout while reading the body shows as a closed stream, not as a timeout
        return !(e instanceof CallNotPermittedException) && !(e instanceof BulkheadFullException)
                && took.compareTo(budget) >= 0;
    }

    private String reason(RuntimeException e, Duration took) {
        if (e instanceof CallNotPermittedException) {
            return "circuit open after repeated failures";
        }
        if (e instanceof BulkheadFullException) {
            return "too many calls in flight";
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                return "no connection";
            }
        }
        if (timedOut(e, took)) {
            return "no answer within " + budget.toMillis() + " ms";
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName();
    }
}
