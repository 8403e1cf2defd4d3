package io.mlaprep.recommender.mastery.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A learner's ability posterior over the twelve task statements: a multivariate normal N(mean, covariance) on the
 * logit scale, after the answers applied so far. Immutable (arrays are copied in and out).
 *
 * <p>Serialises to 12 means, the 78 entries of the lower triangle of the covariance, 12 answer counts, one
 * instant and the key-recall sums: about 2 KB of text once the doubles use their full precision (measured in
 * {@code EncodingTest}); where the learning rate is estimated, its 14 moments add about 300 bytes.
 *
 * @param means         ability mean per task statement, in {@link TaskIndex} order
 * @param covariance    lower triangle of the covariance, row by row: (0,0), (1,0), (1,1), (2,0), …
 * @param answers       answers seen per task statement
 * @param lastAnswerAt  event time the posterior refers to (the latest answer), {@code null} before any answer
 * @param keyRecall     what the learner's answers so far say about their answering repeats from remembered keys
 * @param learningRate  the learner's own learning rate, jointly with the abilities ({@link LearningRate#NONE} where the
 *                      model does not estimate it)
 */
public record MasteryState(double[] means, double[] covariance, int[] answers, Instant lastAnswerAt,
                           KeyRecall keyRecall, LearningRate learningRate) {

    /** A state with no evidence on remembered keys or on the learner's learning rate. */
    public MasteryState(double[] means, double[] covariance, int[] answers, Instant lastAnswerAt) {
        this(means, covariance, answers, lastAnswerAt, KeyRecall.NONE);
    }

    /** A state whose learning rate was never estimated. */
    public MasteryState(double[] means, double[] covariance, int[] answers, Instant lastAnswerAt,
                        KeyRecall keyRecall) {
        this(means, covariance, answers, lastAnswerAt, keyRecall, LearningRate.NONE);
    }

    public MasteryState {
        int n = TaskIndex.size();
        Objects.requireNonNull(keyRecall, "keyRecall");
        Objects.requireNonNull(learningRate, "learningRate");
        Objects.requireNonNull(means, "means");
        Objects.requireNonNull(covariance, "covariance");
        Objects.requireNonNull(answers, "answers");
        if (means.length != n || covariance.length != n * (n + 1) / 2 || answers.length != n) {
            throw new IllegalArgumentException("a mastery state has " + n + " means, " + n * (n + 1) / 2
                    + " covariance entries and " + n + " answer counts");
        }
        means = means.clone();
        covariance = covariance.clone();
        answers = answers.clone();
        for (double m : means) {
            if (!Double.isFinite(m)) {
                throw new IllegalArgumentException("means must be finite: " + Arrays.toString(means));
            }
        }
        for (int i = 0; i < n; i++) {
            if (!(covariance[packed(i, i)] > 0) || !Double.isFinite(covariance[packed(i, i)])) {
                throw new IllegalArgumentException("variances must be positive: " + Arrays.toString(covariance));
            }
            if (answers[i] < 0) {
                throw new IllegalArgumentException("answer counts must not be negative: " + Arrays.toString(answers));
            }
        }
    }

    /** Index of entry (i, j) in the packed lower triangle. */
    public static int packed(int i, int j) {
        return i >= j ? i * (i + 1) / 2 + j : j * (j + 1) / 2 + i;
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    @Override
    public double[] covariance() {
        return covariance.clone();
    }

    @Override
    public int[] answers() {
        return answers.clone();
    }

    /** Total answers applied. */
    public int totalAnswers() {
        int total = 0;
        for (int a : answers) {
            total += a;
        }
        return total;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MasteryState that
                && Arrays.equals(means, that.means)
                && Arrays.equals(covariance, that.covariance)
                && Arrays.equals(answers, that.answers)
                && Objects.equals(lastAnswerAt, that.lastAnswerAt)
                && keyRecall.equals(that.keyRecall)
                && learningRate.equals(that.learningRate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(means), Arrays.hashCode(covariance), Arrays.hashCode(answers),
                lastAnswerAt, keyRecall, learningRate);
    }

    @Override
    public String toString() {
        return "MasteryState[means=" + Arrays.toString(means) + ", covariance=" + Arrays.toString(covariance)
                + ", answers=" + Arrays.toString(answers) + ", lastAnswerAt=" + lastAnswerAt + ", keyRecall="
                + keyRecall + ", learningRate=" + learningRate + "]";
    }
}
