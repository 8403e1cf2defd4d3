package io.mlaprep.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A question was created, edited or retired. Topic {@value Topics#QUESTION_CHANGED} (compacted), key questionId.
 * {@code difficulty} is the version's difficulty prior (logits, -3..3) when the author gave one.
 */
public record QuestionChanged(
        UUID eventId,
        int schemaVersion,
        Instant occurredAt,
        String questionId,
        int version,
        Status status,
        int domain,
        String taskStatement,
        QuestionType type,
        Double difficulty) implements Event {

    public static final int SCHEMA_VERSION = 1;

    public enum Status { ACTIVE, RETIRED }

    @Override
    public String key() {
        return questionId;
    }
}
