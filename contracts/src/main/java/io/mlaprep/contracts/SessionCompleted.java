package io.mlaprep.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session finished. {@code scaledScore} and {@code passed} are set for exams only.
 * Topic {@value Topics#SESSION_COMPLETED}, key learnerId.
 */
public record SessionCompleted(
        UUID eventId,
        int schemaVersion,
        Instant occurredAt,
        String learnerId,
        String sessionId,
        String mode,
        Instant startedAt,
        Instant finishedAt,
        Integer scaledScore,
        Boolean passed,
        List<DomainResult> domains) implements Event {

    public static final int SCHEMA_VERSION = 1;

    public SessionCompleted {
        domains = List.copyOf(domains);
    }

    @Override
    public String key() {
        return learnerId;
    }
}
