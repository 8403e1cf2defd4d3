package io.mlaprep.recommender.policy.domain;

/**
 * @param targetRetention  a seen item is due for review when its recall probability is below this (FSRS's 0.9)
 * @param maxReviewShare   at most this share of the slots goes to due reviews ahead of everything else while there
 *                         are other items to offer; the rest of the due items come in where a weak area's unseen
 *                         questions are used up, or when nothing else is left. The default is none: in the evaluation
 *                         matrix a share cost answers on average, and made ours worse than random choice where the
 *                         bank is large (README, "Recommendations"); an experiment's arm can still set one
 * @param explorationShare share of the slots that explores the task statements with the least evidence
 * @param spreadDecay      each item already picked from a task statement multiplies its priority by this, so a
 *                         list spreads over the few weakest areas rather than one
 * @param examDayRetention when the learner has given an exam date, an item whose next review would come after it is
 *                         due now if its recall on exam day would be below this
 * @param examReviewShare  at most this share of the slots goes to such items ahead of everything else: the spaced
 *                         review queue would not bring them back before the exam
 */
public record PolicyParameters(double targetRetention, double maxReviewShare, double explorationShare,
                               double spreadDecay, double examDayRetention, double examReviewShare) {

    public PolicyParameters {
        inUnitInterval(targetRetention, "targetRetention");
        inUnitInterval(maxReviewShare, "maxReviewShare");
        inUnitInterval(explorationShare, "explorationShare");
        inUnitInterval(examDayRetention, "examDayRetention");
        inUnitInterval(examReviewShare, "examReviewShare");
        if (!(spreadDecay > 0 && spreadDecay <= 1)) {
            throw new IllegalArgumentException("spreadDecay must be in (0, 1]: " + spreadDecay);
        }
    }

    /** The same parameters with the first four as given (what a policy experiment's arm varies). */
    public PolicyParameters with(double targetRetention, double maxReviewShare, double explorationShare,
                                 double spreadDecay) {
        return new PolicyParameters(targetRetention, maxReviewShare, explorationShare, spreadDecay, examDayRetention,
                examReviewShare);
    }

    public static PolicyParameters defaults() {
        return new PolicyParameters(0.9, 0, 0.1, 0.7, 0.95, 0.25);
    }

    private static void inUnitInterval(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
        }
    }
}
