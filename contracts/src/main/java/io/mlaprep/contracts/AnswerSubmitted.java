package io.mlaprep.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A learner answered one item of a session. Topic {@value Topics#ANSWER_SUBMITTED}, key learnerId.
 * {@code itemDifficulty} is the question version's difficulty prior (logits, -3..3) when it has one,
 * so a consumer's learner model depends on the learner's own events only.
 */
public record AnswerSubmitted(
        UUID eventId,
        int schemaVersion,
        Instant occurredAt,
        String learnerId,
        String sessionId,
        String sessionMode,
        int itemIndex,
        String questionId,
        int questionVersion,
        int domain,
        String taskStatement,
        QuestionType questionType,
        ItemResponse response,
        boolean correct,
        boolean scored,
        long responseTimeMs,
        String confidence,
        Double itemDifficulty) implements Event {

    public static final int SCHEMA_VERSION = 1;

    /**
     * An exam item left unanswered: announced at the finish and scored wrong in its exam, but not an
     * answer. It is no attempt in item statistics, is counted apart from answers, and says next to nothing
     * about what the learner knows.
     */
    public boolean omitted() {
        return response == null || (isEmpty(response.optionIds()) && isEmpty(response.order())
                && (response.pairs() == null || response.pairs().isEmpty()));
    }

    private static boolean isEmpty(java.util.List<String> values) {
        return values == null || values.isEmpty();
    }

    @Override
    public String key() {
        return learnerId;
    }
}
