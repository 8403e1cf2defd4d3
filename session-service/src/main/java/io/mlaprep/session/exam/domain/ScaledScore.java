package io.mlaprep.session.exam.domain;

/**
 * The scaled score of an exam simulation. AWS equates scores and does not publish its mapping; we
 * use a linear one, {@code round(min + (max - min) × correct / scored)}, kept in this one place and
 * configurable. With the defaults 35/50 scores 730 (pass) and 34/50 scores 712 (fail).
 */
public record ScaledScore(int minScore, int maxScore, int passingScore, int scoredItems) {

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
        return (int) Math.round(minScore + (double) (maxScore - minScore) * correct / scoredItems);
    }

    public boolean passes(int scaled) {
        return scaled >= passingScore;
    }
}
