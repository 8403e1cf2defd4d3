package io.mlaprep.recommender.readiness.domain;

/**
 * Predicted exam outcome.
 *
 * @param expectedCorrect expected correct answers out of the scored items
 * @param predictedScore  scaled score of the expected correct answers (100–1000)
 * @param low             lower end of the 95 % interval of the scaled score
 * @param high            upper end of the 95 % interval of the scaled score
 * @param passProbability probability of reaching the passing score
 */
public record Readiness(double expectedCorrect, int predictedScore, int low, int high, double passProbability) {
}
