package io.mlaprep.recommender.readiness.domain;

import io.mlaprep.contracts.ExamGuide;

/** The exam's scaled score: round(min + (max − min) × correct / scored items), pass at the passing score. */
public final class ScaledScore {

    /** Fewest correct scored answers that reach the passing score (35 of 50 for MLA-C01). */
    public static final int PASSING_CORRECT = passingCorrect();

    private ScaledScore() {
    }

    /** Scaled score of {@code correct} scored answers (may be fractional, e.g. an expectation). */
    public static int of(double correct) {
        double clamped = Math.min(Math.max(correct, 0), ExamGuide.SCORED_COUNT);
        return (int) Math.round(ExamGuide.MIN_SCORE
                + (ExamGuide.MAX_SCORE - ExamGuide.MIN_SCORE) * clamped / ExamGuide.SCORED_COUNT);
    }

    public static boolean passes(int correct) {
        return of(correct) >= ExamGuide.PASSING_SCORE;
    }

    private static int passingCorrect() {
        for (int c = 0; c <= ExamGuide.SCORED_COUNT; c++) {
            if (passes(c)) {
                return c;
            }
        }
        throw new IllegalStateException("no number of correct answers passes");
    }
}
