package io.mlaprep.recommender.mastery.domain;

/**
 * What a learner's answers to items seen before say about how often they answer from a remembered key rather than
 * from ability. A repeat is right with P = k·R + (1 − k·R)·P₀, where R is the recall probability of the item (its
 * FSRS memory), P₀ the chance from ability (and guessing) alone and k the learner's key share. So the residual
 * y − P₀ of a repeat has mean k·x with x = R·(1 − P₀), and k is the least-squares slope of those residuals on x,
 * shrunk towards a prior share.
 *
 * <p>The residuals are taken relative to the learner's mean residual on new items: if the model under- or
 * overrates the learner, new items show it as much as repeats, and only what repeats add beyond that is key recall.
 * Without that reference a model that underrates a learner would read their right answers as recalled keys, discount
 * them, and underrate the learner further. Learners differ here (some memorise keys, some reason every time), and a
 * fixed k would either credit memorised keys as ability or discount real knowledge, so each learner's k is their own.
 *
 * @param repeatResidual Σ (y − P₀)·x over the repeats so far
 * @param repeatX        Σ x over the repeats so far
 * @param repeatWeight   Σ x² over the repeats so far
 * @param newResidual    Σ (y − P₀) over the new items so far
 * @param newItems       new items answered so far
 */
public record KeyRecall(double repeatResidual, double repeatX, double repeatWeight, double newResidual,
                        int newItems) {

    public static final KeyRecall NONE = new KeyRecall(0, 0, 0, 0, 0);

    public KeyRecall {
        if (!Double.isFinite(repeatResidual) || !Double.isFinite(newResidual) || !(repeatX >= 0)
                || !Double.isFinite(repeatX) || !(repeatWeight >= 0) || !Double.isFinite(repeatWeight)
                || newItems < 0) {
            throw new IllegalArgumentException("key recall needs finite sums and a count of at least 0: "
                    + repeatResidual + ", " + repeatX + ", " + repeatWeight + ", " + newResidual + ", " + newItems);
        }
    }

    /** The learner's key share k in [0, 1]: the evidence, shrunk towards {@code prior} with {@code priorWeight}. */
    public double share(double prior, double priorWeight) {
        double newItemBias = newItems == 0 ? 0 : newResidual / newItems;
        double k = (repeatResidual - newItemBias * repeatX + prior * priorWeight) / (repeatWeight + priorWeight);
        return Math.max(0, Math.min(1, k));
    }

    /** This evidence and one more answer, {@code correct}, that ability alone put at {@code p}. */
    KeyRecall plus(boolean correct, double p, boolean repeat, double recall) {
        double residual = (correct ? 1 : 0) - p;
        if (!repeat) {
            return new KeyRecall(repeatResidual, repeatX, repeatWeight, newResidual + residual, newItems + 1);
        }
        double x = recall * (1 - p);
        return new KeyRecall(repeatResidual + residual * x, repeatX + x, repeatWeight + x * x, newResidual, newItems);
    }
}
