package io.mlaprep.recommender.policy.domain;

/** Why an item is recommended. */
public enum Reason {
    /** Seen before and its recall probability has fallen below the target retention. */
    DUE_REVIEW,
    /** From a task statement where more practice pays off most (large exam weight, low mastery). */
    WEAK_AREA,
    /** Explores a task statement with little evidence yet. */
    NEW
}
