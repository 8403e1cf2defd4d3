package io.mlaprep.question.draw.domain;

import io.mlaprep.contracts.QuestionType;

/** An active question at its current version that may be drawn, with how often exam simulations have used it. */
public record Candidate(String id, int version, int domain, String taskStatement, QuestionType type, long exposure) {
}
