package io.mlaprep.recommender.readiness.domain;

/**
 * @param examDifficultySd spread (sd, logits) of the difficulties of exam items around the average item (b = 0)
 * @param samplePairs      antithetic pairs of fixed quasi-random ability draws used to integrate over the ability
 *                         posterior
 */
public record ReadinessParameters(double examDifficultySd, int samplePairs) {

    public ReadinessParameters {
        if (!(examDifficultySd >= 0) || !Double.isFinite(examDifficultySd)) {
            throw new IllegalArgumentException("examDifficultySd must be finite and non-negative: " + examDifficultySd);
        }
        if (samplePairs < 1) {
            throw new IllegalArgumentException("samplePairs must be positive: " + samplePairs);
        }
    }

    public static ReadinessParameters defaults() {
        return new ReadinessParameters(1.0, 128);
    }
}
