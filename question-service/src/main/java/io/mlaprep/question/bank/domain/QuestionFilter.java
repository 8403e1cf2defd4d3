package io.mlaprep.question.bank.domain;

import io.mlaprep.contracts.QuestionType;

/** Search criteria for the bank; null means "any". {@code text} matches words by prefix, all must match. */
public record QuestionFilter(Integer domain, String taskStatement, QuestionType type, QuestionStatus status,
                             String text) {

    public static QuestionFilter any() {
        return new QuestionFilter(null, null, null, null, null);
    }
}
