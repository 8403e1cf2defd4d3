package io.mlaprep.question.quality.domain;

/** A cue or near-duplicate in one question, for the author who is adding it. */
public record ItemWarning(String questionId, LintRule rule, String message) {
}
