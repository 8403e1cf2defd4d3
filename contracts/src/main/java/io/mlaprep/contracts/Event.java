package io.mlaprep.contracts;

import java.time.Instant;
import java.util.UUID;

/** What every event on the wire carries. */
public interface Event {

    UUID eventId();

    int schemaVersion();

    Instant occurredAt();

    /** The Kafka record key: the subject id, so per-subject order holds. */
    String key();
}
