package io.mlaprep.recommender.mastery.domain;

import java.util.Arrays;

/**
 * Ability posterior N(means, covariance) over the task statements at one instant, in {@link TaskIndex} order —
 * what readiness and the study plan work from. Immutable.
 */
public final class AbilityPosterior {

    private final double[] means;
    private final double[][] covariance;
    private final int[] answers;

    public AbilityPosterior(double[] means, double[][] covariance, int[] answers) {
        int n = TaskIndex.size();
        if (means.length != n || covariance.length != n || answers.length != n) {
            throw new IllegalArgumentException("an ability posterior covers all " + n + " task statements");
        }
        this.means = means.clone();
        this.covariance = new double[n][];
        for (int i = 0; i < n; i++) {
            if (covariance[i].length != n) {
                throw new IllegalArgumentException("covariance must be " + n + " × " + n);
            }
            this.covariance[i] = covariance[i].clone();
        }
        this.answers = answers.clone();
    }

    /** A posterior from a packed lower-triangular covariance. */
    static AbilityPosterior ofPacked(double[] means, double[] packed, int[] answers) {
        int n = TaskIndex.size();
        double[][] full = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                full[i][j] = packed[MasteryState.packed(i, j)];
            }
        }
        return new AbilityPosterior(means, full, answers);
    }

    public double mean(int task) {
        return means[task];
    }

    public double variance(int task) {
        return covariance[task][task];
    }

    public double covariance(int i, int j) {
        return covariance[i][j];
    }

    public int answers(int task) {
        return answers[task];
    }

    public double[] means() {
        return means.clone();
    }

    /** The same uncertainty around other means (used to project learning forward). */
    public AbilityPosterior withMeans(double[] newMeans) {
        return new AbilityPosterior(newMeans, covariance, answers);
    }

    /** This posterior with {@code variance} added to every task ability (drift over time). */
    public AbilityPosterior plusDrift(double variance) {
        double[][] drifted = new double[covariance.length][];
        for (int i = 0; i < covariance.length; i++) {
            drifted[i] = covariance[i].clone();
            drifted[i][i] += variance;
        }
        return new AbilityPosterior(means, drifted, answers);
    }

    /**
     * Lower-triangular Cholesky factor of the covariance (a tiny jitter is added to the diagonal if rounding made
     * it not quite positive definite).
     */
    public double[][] choleskyFactor() {
        int n = means.length;
        for (double jitter = 0; ; jitter = jitter == 0 ? 1e-12 : jitter * 100) {
            double[][] l = new double[n][n];
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                for (int j = 0; j <= i; j++) {
                    double sum = covariance[i][j] + (i == j ? jitter : 0);
                    for (int k = 0; k < j; k++) {
                        sum -= l[i][k] * l[j][k];
                    }
                    if (i == j) {
                        if (!(sum > 0)) {
                            ok = false;
                            break;
                        }
                        l[i][i] = StrictMath.sqrt(sum);
                    } else {
                        l[i][j] = sum / l[j][j];
                    }
                }
            }
            if (ok) {
                return l;
            }
            if (jitter > 1) {
                throw new IllegalStateException("covariance is not positive definite");
            }
        }
    }

    @Override
    public String toString() {
        return "AbilityPosterior[means=" + Arrays.toString(means) + "]";
    }
}
