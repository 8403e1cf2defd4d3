package io.mlaprep.contracts.internal.questions;

import io.mlaprep.contracts.QuestionType;

/**
 * A part of a blueprint to draw: {@code count} items of a domain, optionally of one task statement or type.
 * {@code preferLeastExposed} picks the items with the least calibration data first (for unscored pretest
 * slots); otherwise the pick is uniformly random.
 */
public record DrawSlot(int domain, String taskStatement, QuestionType type, int count, boolean preferLeastExposed) {

    public static DrawSlot of(int domain, int count) {
        return new DrawSlot(domain, null, null, count, false);
    }
}
