package io.mlaprep.question.quality.domain;

import io.mlaprep.question.bank.domain.QuestionContent;

/** A question as the lint reads it: its id and the content of the version under review. */
public record LintedQuestion(String id, QuestionContent content) {
}
