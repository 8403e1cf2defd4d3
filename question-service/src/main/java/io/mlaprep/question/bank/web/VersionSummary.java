package io.mlaprep.question.bank.web;

import io.mlaprep.question.bank.domain.QuestionStatus;
import io.mlaprep.question.bank.domain.QuestionVersion;
import java.time.Instant;

/**
 * One line of a question's version history. {@code status} is the question's, as
 * {@code GET /api/questions/{id}/versions/{version}} reports it for every version; {@code current}
 * marks the version new sessions draw.
 */
public record VersionSummary(int version, QuestionStatus status, Instant savedAt, boolean current) {

    static VersionSummary of(QuestionVersion question, int currentVersion) {
        return new VersionSummary(question.version(), question.status(), question.savedAt(),
                question.version() == currentVersion);
    }
}
