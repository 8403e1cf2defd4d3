package io.mlaprep.servicedefaults.outbox;

import java.time.Duration;

/**
 * The right to relay one outbox, held by one owner at a time for a limited time, so a second instance
 * can neither send the same entries nor send them out of order. A holder that dies leaves the lease to
 * lapse after its time to live.
 */
public interface OutboxLease {

    /** Takes the lease if nobody holds it, it has lapsed, or {@code owner} holds it already (then renews it). */
    boolean acquire(String owner, Duration ttl);

    /** Extends the lease by {@code ttl} from now, only if {@code owner} holds it. */
    boolean renew(String owner, Duration ttl);

    /** Gives the lease up at once, only if {@code owner} holds it. */
    void release(String owner);
}
