package io.mlaprep.question.bank.domain;

import java.time.Instant;

/** One immutable version of a question. Sessions keep the version they served. */
public record QuestionVersion(String questionId, int version, QuestionStatus status, QuestionContent content,
                              Instant savedAt) {
}
