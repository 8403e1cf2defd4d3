package io.mlaprep.recommender.policy.domain;

/**
 * @param targetRetention  a seen item is due for review when its recall probability is below this (FSRS's 0.9)
 * @param maxReviewShare   at most this share of the slots goes to due reviews ahead of everything else while there
 *                         are other items to offer; the rest of the due items come in where a weak area's unseen
 *                         questions are used up, or when nothing else is left. The default is none: in the evaluation
 *                         matrix every share we measured above 0 cost answers (README, "Recommendations"); an arm
 *                         can still set one
 * @param explorationShare share of the slots that explores the task statements with the least evidence
 * @param spreadDecay      each item already picked from a task statement multiplies its priority by this, so a
 *                         list spreads over the few weakest areas rather than one
 * @param examDayRetention when the learner has given an exam date, an item whose next review would come after it is
 *                         due now if its recall on exam day would be below this
 */
public record PolicyParameters(double targetRetention, double maxReviewShare, double explorationShare,
                               double spreadDecay, double examDayRetention) {

    public PolicyParameters {
        inUnitInterval(targetRetention, "targetRetention");
        inUnitInterval(maxReviewShare, "maxReviewShare");
        inUnitInterval(explorationShare, "explorationShare");
        inUnitInterval(examDayRetention, "examDayRetention");
        if (!(spreadDecay > 0 && spreadDecay <= 1)) {
            throw new IllegalArgumentException("spreadDecay must be in (0, 1]: " + spreadDecay);
        }
    }

    /** The same parameters with the first four as given (what a policy experiment's arm varies). */
    public PolicyParameters with(double targetRetention, double maxReviewShare, double explorationShare,
                                 double spreadDecay) {
        return new PolicyParameters(targetRetention, maxReviewShare, explorationShare, spreadDecay, examDayRetention);
    }

    public static PolicyParameters defaults() {
        return new PolicyParameters(0.9, 0, 0.1, 0.7, 0.95);
    }

    private static void inUnitInterval(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
        }
    }
}
