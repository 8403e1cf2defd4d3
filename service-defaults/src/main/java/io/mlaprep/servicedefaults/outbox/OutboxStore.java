package io.mlaprep.servicedefaults.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where a service keeps the events it still has to publish, written together with the change they announce. */
public interface OutboxStore {

    /**
     * Up to {@code limit} waiting entries, oldest first for every aggregate (one aggregate's entries in the
     * order they were written; different aggregates in any order).
     */
    List<OutboxEntry> pending(int limit);

    /** Removes entries the broker has acknowledged. */
    void delete(List<OutboxEntry> sent);

    /** How many entries wait to be sent: the outbox depth metric. */
    long depth();

    /** When the oldest waiting entry was written, if any waits: its age is how far the relay is behind. */
    Optional<Instant> oldest();
}
