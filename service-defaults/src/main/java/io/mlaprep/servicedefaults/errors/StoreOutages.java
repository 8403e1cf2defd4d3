package io.mlaprep.servicedefaults.errors;

import java.io.IOException;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Tells a store that is away for a moment (restarting, failing over, loading its data) from a store that refused a
 * request for good: the first is a 503 a client may try again, the second a fault of ours. Spring's translation
 * classifies most failures; a Redis error reply that says "try again" and a connection cut mid-command arrive
 * uncategorised and are recognised here.
 */
public final class StoreOutages {

    /**
     * Redis error replies that mean "not now": the server is loading, busy, or its cluster is reconfiguring; or it is
     * full (OOM: at {@code maxmemory} with no eviction, it refuses writes until keys expire or it is given room), which
     * is the store's state and not the request's fault, so a learner is told to try again rather than shown an
     * unexpected error.
     */
    private static final List<String> REDIS_NOT_NOW = List.of("LOADING", "BUSY", "TRYAGAIN", "MASTERDOWN", "CLUSTERDOWN",
            "OOM");

    private StoreOutages() {
    }

    public static boolean isTransient(DataAccessException e) {
        if (e instanceof TransientDataAccessException || e instanceof DataAccessResourceFailureException
                || e instanceof RecoverableDataAccessException) {
            return true;
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || saysNotNow(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysNotNow(String message) {
        return message != null && REDIS_NOT_NOW.stream().anyMatch(reply -> message.startsWith(reply + " "));
    }
}
