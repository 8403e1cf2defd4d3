package io.mlaprep.question.draw.domain;

import io.mlaprep.contracts.QuestionType;

/**
 * A part of a blueprint: {@code count} items of a domain, optionally narrowed to a task statement
 * and a type. {@code preferLeastExposed} picks the items with the least calibration data first
 * (for unscored pretest slots); otherwise the pick is uniformly random.
 */
public record Slot(int domain, String taskStatement, QuestionType type, int count, boolean preferLeastExposed) {
}
