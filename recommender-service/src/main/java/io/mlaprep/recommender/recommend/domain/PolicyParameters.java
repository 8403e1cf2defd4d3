package io.mlaprep.recommender.recommend.domain;

/**
 * @param targetRetention  a seen item is due for review when its recall probability is below this (FSRS's 0.9)
 * @param maxReviewShare   at most this share of the slots goes to due reviews while there are other items to
 *                         offer (so reviews never crowd out new learning); the rest of the due items wait
 * @param explorationShare share of the slots that explores the task statements with the least evidence
 * @param spreadDecay      each item already picked from a task statement multiplies its priority by this, so a
 *                         list spreads over the few weakest areas rather than one
 */
public record PolicyParameters(double targetRetention, double maxReviewShare, double explorationShare,
                               double spreadDecay) {

    public PolicyParameters {
        inUnitInterval(targetRetention, "targetRetention");
        inUnitInterval(maxReviewShare, "maxReviewShare");
        inUnitInterval(explorationShare, "explorationShare");
        if (!(spreadDecay > 0 && spreadDecay <= 1)) {
            throw new IllegalArgumentException("spreadDecay must be in (0, 1]: " + spreadDecay);
        }
    }

    public static PolicyParameters defaults() {
        return new PolicyParameters(0.9, 0.25, 0.1, 0.7);
    }

    private static void inUnitInterval(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
        }
    }
}
