package io.mlaprep.recommender.plan.domain;

/**
 * Parameters of the study plan and of its learning projection.
 *
 * @param minutesPerQuestion average time for one question including reading its explanation
 * @param gainPerAnswer      projected ability gain (logits) of one answer on a task statement, times
 *                           (1 − mastery of that task): larger where the learner is weak, diminishing as they improve
 * @param forgettingDays     time constant (days) with which projected gains fade without practice
 * @param reviewShare        share of the days before the exam kept as review days (at least one, at most
 *                           {@code maxReviewDays})
 * @param maxReviewDays      most review days at the end
 * @param spreadDecay        each question already planned for a task statement that day multiplies its priority by
 *                           this, so a day covers a few weak areas rather than one
 */
public record PlanParameters(double minutesPerQuestion, double gainPerAnswer, double forgettingDays,
                             double reviewShare, int maxReviewDays, double spreadDecay) {

    public PlanParameters {
        if (!(minutesPerQuestion > 0) || !(gainPerAnswer >= 0) || !(forgettingDays > 0)
                || !(reviewShare >= 0 && reviewShare <= 1) || maxReviewDays < 0
                || !(spreadDecay > 0 && spreadDecay <= 1)) {
            throw new IllegalArgumentException("invalid plan parameters");
        }
    }

    /**
     * 1.5 minutes a question; the projection uses the median learning rate and the forgetting time constant of the
     * simulation's learner model (0.04 logits × (1 − mastery) per answer, gains fading with τ = 180 days); the last
     * tenth of the days (one to three) are review days.
     */
    public static PlanParameters defaults() {
        return new PlanParameters(1.5, 0.04, 180, 0.1, 3, 0.97);
    }
}
