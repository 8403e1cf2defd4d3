package io.mlaprep.question.draw.domain;

import io.mlaprep.contracts.QuestionType;

/**
 * A part of a blueprint: {@code count} items of a domain, optionally narrowed to a task statement
 * and a type. {@code preferLeastExposed} picks the items with the least calibration data first
 * (for unscored pretest slots); otherwise the pick is uniformly random.
 */
public record Slot(int domain, String taskStatement, QuestionType type, int count, boolean preferLeastExposed) {

    /** Whether the candidate is in this part of the blueprint: its domain, and task statement and type if given. */
    public boolean admits(Candidate candidate) {
        return candidate.domain() == domain
                && (taskStatement == null || taskStatement.equals(candidate.taskStatement()))
                && (type == null || type == candidate.type());
    }
}
