package io.mlaprep.analytics.items.domain;

/** Reasons to review an item; thresholds are in {@link ItemFlagRules}. */
public enum ItemFlag {

    /** Facility below {@link ItemFlagRules#TOO_HARD_BELOW}. */
    TOO_HARD,

    /** Facility above {@link ItemFlagRules#TOO_EASY_ABOVE}. */
    TOO_EASY,

    /** Discrimination below {@link ItemFlagRules#LOW_DISCRIMINATION_BELOW}; never raised while it is undefined. */
    LOW_DISCRIMINATION,

    /** In the top third by rest score, some distractor was chosen more often than the least-chosen key option. */
    DISTRACTOR_BEATS_KEY_IN_TOP_THIRD,

    /** Fewer than {@link ItemFlagRules#MIN_ATTEMPTS_FOR_FACILITY_FLAGS} attempts: TOO_HARD and TOO_EASY not judged. */
    INSUFFICIENT_ATTEMPTS_FOR_FACILITY_FLAGS,

    /**
     * Fewer than {@link ItemFlagRules#MIN_ATTEMPTS_FOR_DISCRIMINATION_FLAGS} attempts: LOW_DISCRIMINATION and
     * DISTRACTOR_BEATS_KEY_IN_TOP_THIRD not judged.
     */
    INSUFFICIENT_ATTEMPTS_FOR_DISCRIMINATION_FLAGS
}
