package io.mlaprep.question.quality.domain;

/** What the bank lint checks. */
public enum LintRule {
    /** Multiple choice: the key is the longest option too often. */
    KEY_LONGEST,
    /** Multiple choice: the key is the shortest option too often (the over-corrected cue). */
    KEY_SHORTEST,
    /** Multiple choice: keys are typically longer (or shorter) than their distractors. */
    KEY_LENGTH_RATIO,
    /** Multiple choice: the key repeats the stem's words more than any distractor, too often. */
    KEY_ECHOES_STEM,
    /** Multiple response: choosing the N longest options is fully right too often. */
    LONGEST_ARE_KEY,
    /** Multiple response: choosing the N shortest options is fully right too often. */
    SHORTEST_ARE_KEY,
    /** Matching: one-to-one pairs over no spare responses, so the last pair is free. */
    MATCHING_ELIMINATION,
    /** Two items with the same scenario and the same answer. */
    NEAR_DUPLICATE,
    /** A task statement has too few active items. */
    TASK_COVERAGE,
    /** A domain has too few active items for the exams a learner should sit without repeats. */
    DOMAIN_COVERAGE,
    /** Too few multiple-response, ordering or matching items. */
    TYPE_MIX,
    /** Too few hard items. */
    DIFFICULTY_MIX
}
