package io.mlaprep.runtime.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A token that could not be checked at all, because its issuer's keys could not be fetched: what the caller is told
 * (503 with this detail and Retry-After) by the gateway and the services alike, and what the operator is told.
 */
public final class IssuerKeysUnavailable {

    public static final String TITLE = "Service Unavailable";
    public static final String DETAIL = "The token issuer's sign-in keys could not be fetched: try again shortly.";
    public static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(IssuerKeysUnavailable.class);
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(30).toNanos();
    private static final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    private IssuerKeysUnavailable() {
    }

    /** Logs the failure at WARN, at most once every 30 s: while the issuer is down, every such request fails. */
    public static void report(Throwable failure) {
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
            Throwable cause = failure;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            log.warn("Tokens cannot be checked: the issuer's keys could not be fetched ({}); answering 503",
                    cause.toString());
        }
    }
}
