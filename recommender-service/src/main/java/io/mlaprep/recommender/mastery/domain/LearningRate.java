package io.mlaprep.recommender.mastery.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * How fast this learner learns, as a factor r on the model's learning step, estimated jointly with the abilities: r and
 * the twelve task abilities share one Gaussian posterior, of which this is r's part (its mean, its variance and its
 * covariance with each ability). Each answer moves the practised ability by r × the step, so the step ties that
 * ability to r; an ability that later answers show growing slower than the steps said (a slow learner, or one whose
 * gains fade) pulls r down, and one growing faster pulls it up, and every later step follows.
 *
 * @param mean       the posterior mean of r; 1 is the model's practice effect as it stands
 * @param variance   the posterior variance of r; 0 keeps r at its mean for good (one rate for all learners)
 * @param covariance the covariance of r with each task ability, in {@link TaskIndex} order
 */
public record LearningRate(double mean, double variance, double[] covariance) {

    public LearningRate {
        Objects.requireNonNull(covariance, "covariance");
        if (covariance.length != TaskIndex.size()) {
            throw new IllegalArgumentException("a learning rate has a covariance with each of the " + TaskIndex.size()
                    + " task abilities: " + covariance.length);
        }
        if (!Double.isFinite(mean) || !(variance >= 0) || !Double.isFinite(variance)) {
            throw new IllegalArgumentException("a learning rate needs a finite mean and a finite variance of at least"
                    + " 0: " + mean + ", " + variance);
        }
        covariance = covariance.clone();
        for (double c : covariance) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("covariances must be finite: " + Arrays.toString(covariance));
            }
        }
    }

    /** The rate of a model that does not estimate it: the practice effect as it stands, for every learner. */
    public static final LearningRate NONE = new LearningRate(1, 0, new double[TaskIndex.size()]);

    /** A learner of whom nothing is known yet: r ~ N(1, sd²), independent of the abilities. */
    public static LearningRate prior(double sd) {
        return new LearningRate(1, sd * sd, new double[TaskIndex.size()]);
    }

    @Override
    public double[] covariance() {
        return covariance.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LearningRate that
                && Double.compare(mean, that.mean) == 0
                && Double.compare(variance, that.variance) == 0
                && Arrays.equals(covariance, that.covariance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mean, variance, Arrays.hashCode(covariance));
    }

    @Override
    public String toString() {
        return "LearningRate[mean=" + mean + ", variance=" + variance + ", covariance=" + Arrays.toString(covariance)
                + "]";
    }
}
