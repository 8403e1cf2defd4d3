package io.mlaprep.recommender.mastery.domain;

/**
 * Parameters of the ability model. Abilities and item difficulties are on the logit (Rasch) scale:
 * P(correct) = σ(θ − b), with b = 0 an item of average difficulty.
 *
 * @param priorMean           ability of a learner before any answer (a population mean, fixed offline, never
 *                            estimated from other learners at run time)
 * @param priorGeneralSd      prior spread of the part of ability shared by all task statements
 * @param priorDomainSd       prior spread of the part shared by the task statements of one domain
 * @param priorTaskSd         prior spread of the part specific to one task statement
 * @param driftVariancePerDay variance added to every task ability per day of event time (forgetting, drift)
 * @param noisePerAnswer      variance added to the practised task ability after each answer (learning changes
 *                            ability, so each answer makes the older ones a little less relevant)
 * @param practiceEffect      mean gain of the practised task ability per answer to a new question, in logits, scaled
 *                            by (1 − mastery) (learning from the answer and its explanation)
 * @param repeatPracticeShare share of that gain an answer to a question answered before brings: its explanation has
 *                            been read already
 * @param challengeWeight     how far the gain follows the answer's challenge, from 0 (the same for every answer) to 1
 *                            (times 2σ(b − θ) and 0.8 after a right answer or 1.2 after a wrong one: a question above
 *                            the learner teaches more than one below, a mistake with its explanation more than a
 *                            success; the factor averages about 1 on a question at the learner's level)
 * @param authorDifficultySd  uncertainty of an author's difficulty prior around the item's true difficulty
 * @param unknownDifficultySd spread of item difficulty when the author gave none (treated as b = 0)
 * @param repeatedItemSd      extra difficulty spread of an item the learner answered before: its key may be
 *                            remembered rather than understood, so a repeat is weaker evidence than a new item
 * @param keyRecallPrior      share of recalled repeats answered from the remembered key, before a learner's own
 *                            repeats say otherwise ({@link KeyRecall})
 * @param keyRecallPriorWeight weight of that prior, in units of the least-squares evidence Σx² with
 *                            x = R·(1 − P₀): a repeat of an item recalled at 0.9 that ability puts at 0.7 adds 0.07,
 *                            so the prior weighs as much as about seven such repeats
 * @param learningRateSd      prior spread of the learner's own learning rate, a factor on {@code practiceEffect} with
 *                            mean 1 ({@link LearningRate}); 0 (the default) gives every learner the same rate
 */
public record MasteryParameters(
        double priorMean,
        double priorGeneralSd,
        double priorDomainSd,
        double priorTaskSd,
        double driftVariancePerDay,
        double noisePerAnswer,
        double practiceEffect,
        double repeatPracticeShare,
        double challengeWeight,
        double authorDifficultySd,
        double unknownDifficultySd,
        double repeatedItemSd,
        double keyRecallPrior,
        double keyRecallPriorWeight,
        double learningRateSd) {

    public MasteryParameters {
        requireFinite(priorMean, "priorMean");
        requireNonNegative(priorGeneralSd, "priorGeneralSd");
        requireNonNegative(priorDomainSd, "priorDomainSd");
        if (!(priorTaskSd > 0)) {
            throw new IllegalArgumentException("priorTaskSd must be positive: " + priorTaskSd);
        }
        requireNonNegative(driftVariancePerDay, "driftVariancePerDay");
        requireNonNegative(noisePerAnswer, "noisePerAnswer");
        requireNonNegative(practiceEffect, "practiceEffect");
        if (!(repeatPracticeShare >= 0 && repeatPracticeShare <= 1)) {
            throw new IllegalArgumentException("repeatPracticeShare must be in [0, 1]: " + repeatPracticeShare);
        }
        if (!(challengeWeight >= 0 && challengeWeight <= 1)) {
            throw new IllegalArgumentException("challengeWeight must be in [0, 1]: " + challengeWeight);
        }
        requireNonNegative(authorDifficultySd, "authorDifficultySd");
        requireNonNegative(unknownDifficultySd, "unknownDifficultySd");
        requireNonNegative(repeatedItemSd, "repeatedItemSd");
        if (!(keyRecallPrior >= 0 && keyRecallPrior <= 1)) {
            throw new IllegalArgumentException("keyRecallPrior must be in [0, 1]: " + keyRecallPrior);
        }
        if (!(keyRecallPriorWeight > 0) || !Double.isFinite(keyRecallPriorWeight)) {
            throw new IllegalArgumentException("keyRecallPriorWeight must be positive: " + keyRecallPriorWeight);
        }
        requireNonNegative(learningRateSd, "learningRateSd");
    }

    /**
     * The factor on an answer's learning step for its challenge: 2σ(b − θ) times 0.8 after a right answer or 1.2
     * after a wrong one, mixed with 1 by {@link #challengeWeight}.
     */
    public double challenge(double abilityMinusDifficulty, boolean correct) {
        double shaped = 2 * Gaussian.logistic(-abilityMinusDifficulty) * (correct ? 0.8 : 1.2);
        return 1 - challengeWeight + challengeWeight * shaped;
    }

    /** How far an item's true difficulty may lie from the one planned with: wider when the author gave none. */
    public double difficultySd(Double itemDifficulty) {
        return itemDifficulty == null ? unknownDifficultySd : authorDifficultySd;
    }

    /** These parameters with the learner's own learning rate estimated from the given prior spread (0: not at all). */
    public MasteryParameters withLearningRateSd(double sd) {
        return new MasteryParameters(priorMean, priorGeneralSd, priorDomainSd, priorTaskSd, driftVariancePerDay,
                noisePerAnswer, practiceEffect, repeatPracticeShare, challengeWeight, authorDifficultySd,
                unknownDifficultySd, repeatedItemSd, keyRecallPrior, keyRecallPriorWeight, sd);
    }

    /** The documented defaults (see the service README, "Mastery (why Bayesian Rasch)"). */
    public static MasteryParameters defaults() {
        return new MasteryParameters(0.0, 0.8, 0.4, 0.5, 0.002, 0.002, 0.04, 0.25, 1.0, 0.5, 1.0, 1.5, 0.25, 0.5, 0.0);
    }

    private static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite: " + value);
        }
    }

    private static void requireNonNegative(double value, String name) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and non-negative: " + value);
        }
    }
}
