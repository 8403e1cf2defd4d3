package io.mlaprep.recommender.mastery.domain;

import java.util.Objects;

/**
 * What one answer to an item tells about the learner's ability on its task statement: the Fisher information of the
 * answer under the mastery model, P(correct) = c + (1 − c)·Φ(λ(θ − b) / √(1 + λ²(σ² + s_b²))). An item tells most
 * where the learner is as likely to know it as not, when its difficulty is known well, and when it cannot be guessed:
 * a right answer to a four-option question may be luck, a right order of four steps hardly ever is. So among unseen
 * items the one that tells most is the one to measure with (the standard maximum-information rule of adaptive
 * testing, with the guessing floor of the three-parameter model).
 */
public final class ItemInformation {

    private static final double LAMBDA = Gaussian.PROBIT_SCALE;

    private final MasteryParameters parameters;

    public ItemInformation(MasteryParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * @param abilityMean     posterior mean of the task ability
     * @param abilitySd       posterior standard deviation of the task ability
     * @param itemDifficulty  the author's difficulty prior, or {@code null} if unknown (then b = 0, with a wider spread)
     * @param floor           chance of guessing the item right ({@link AnswerFloor})
     */
    public double of(double abilityMean, double abilitySd, Double itemDifficulty, double floor) {
        double difficulty = itemDifficulty == null ? 0 : itemDifficulty;
        double difficultySd = parameters.difficultySd(itemDifficulty);
        double scale = StrictMath.sqrt(1 + LAMBDA * LAMBDA * (abilitySd * abilitySd + difficultySd * difficultySd));
        double z = LAMBDA * (abilityMean - difficulty) / scale;
        double p = floor + (1 - floor) * Gaussian.cdf(z);
        double slope = (1 - floor) * Gaussian.pdf(z) * LAMBDA / scale;
        return p <= 0 || p >= 1 ? 0 : slope * slope / (p * (1 - p));
    }
}
