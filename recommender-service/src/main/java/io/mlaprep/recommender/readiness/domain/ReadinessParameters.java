package io.mlaprep.recommender.readiness.domain;

/**
 * @param examDifficultySd spread (sd, logits) of the difficulties of exam items around the average item (b = 0)
 * @param samplePairs      antithetic pairs of fixed quasi-random ability draws used to integrate over the ability
 *                         posterior
 * @param examGuessFloor   chance of guessing an exam item right, averaged over the exam's question types (the bank's
 *                         mix: about half four-option multiple choice at 1/4, a quarter two-of-five at 1/10, the rest
 *                         orderings and matchings at 1/24); the mastery model takes guesses out of the evidence, so
 *                         the prediction puts them back
 */
public record ReadinessParameters(double examDifficultySd, int samplePairs, double examGuessFloor) {

    public ReadinessParameters {
        if (!(examDifficultySd >= 0) || !Double.isFinite(examDifficultySd)) {
            throw new IllegalArgumentException("examDifficultySd must be finite and non-negative: " + examDifficultySd);
        }
        if (!(examGuessFloor >= 0 && examGuessFloor < 1)) {
            throw new IllegalArgumentException("examGuessFloor must be in [0, 1): " + examGuessFloor);
        }
        if (samplePairs < 1) {
            throw new IllegalArgumentException("samplePairs must be positive: " + samplePairs);
        }
    }

    public static ReadinessParameters defaults() {
        return new ReadinessParameters(1.0, 128, 0.16);
    }
}
