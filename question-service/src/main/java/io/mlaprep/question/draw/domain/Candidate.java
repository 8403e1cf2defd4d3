package io.mlaprep.question.draw.domain;

import io.mlaprep.contracts.QuestionType;

/** An active question that may be drawn, with how often exam simulations have already used it. */
public record Candidate(String id, int domain, String taskStatement, QuestionType type, long exposure) {
}
