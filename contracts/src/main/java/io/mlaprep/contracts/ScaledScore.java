package io.mlaprep.contracts;

/**
 * The scaled score of an exam simulation. AWS equates scores and does not publish its mapping; we
 * use a linear one, {@code round(min + (max - min) × correct / scored)}, kept in this one place and
 * configurable ({@code mla.exam.scale}). Session-service scores exams with it and recommender-service
 * predicts readiness against it. With the exam guide's values 35/50 scores 730 (pass) and 34/50 scores
 * 712 (fail).
 */
public record ScaledScore(int minScore, int maxScore, int passingScore, int scoredItems) {

    /** 100..1000, pass at 720, 50 scored items. */
    public static final ScaledScore EXAM_GUIDE = new ScaledScore(ExamGuide.MIN_SCORE, ExamGuide.MAX_SCORE,
            ExamGuide.PASSING_SCORE, ExamGuide.SCORED_COUNT);

    public ScaledScore {
        if (minScore >= maxScore || passingScore < minScore || passingScore > maxScore || scoredItems < 1) {
            throw new IllegalArgumentException("inconsistent scale " + minScore + ".." + maxScore
                    + ", pass " + passingScore + ", items " + scoredItems);
        }
    }

    public int of(int correct) {
        if (correct < 0 || correct > scoredItems) {
            throw new IllegalArgumentException("correct must be 0.." + scoredItems + ", was " + correct);
        }
        return ofExpected(correct);
    }

    /** The score of an expected, possibly fractional, number of correct answers, clamped to the scale. */
    public int ofExpected(double correct) {
        double clamped = Math.min(Math.max(correct, 0), scoredItems);
        return (int) Math.round(minScore + (maxScore - minScore) * clamped / scoredItems);
    }

    public boolean passes(int scaled) {
        return scaled >= passingScore;
    }

    /** The fewest correct scored answers that reach the passing score. */
    public int passingCorrect() {
        for (int correct = 0; correct <= scoredItems; correct++) {
            if (passes(of(correct))) {
                return correct;
            }
        }
        throw new IllegalStateException("no number of correct answers passes");
    }
}
