package io.mlaprep.recommender.simulation;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.recommender.mastery.domain.TaskIndex;
import java.util.SplittableRandom;

/**
 * A synthetic learner's hidden truth: ability per task statement that grows with practice (more where weak,
 * diminishing) and whose learned part fades without it. Policies and the learner model never see it.
 */
final class TrueLearner {

    private final double[] start;
    private final double[] gained;
    private final double learningRate;
    private final double dailyFade;

    TrueLearner(SimulationConfig config, SplittableRandom random) {
        int n = TaskIndex.size();
        start = new double[n];
        gained = new double[n];
        double general = config.abilityMean() + config.generalSd() * random.nextGaussian();
        double[] domain = new double[ExamGuide.DOMAINS.size() + 1];
        for (int d = 1; d < domain.length; d++) {
            domain[d] = config.domainSd() * random.nextGaussian();
        }
        for (int t = 0; t < n; t++) {
            start[t] = general + domain[TaskIndex.domain(t)] + config.taskSd() * random.nextGaussian();
        }
        learningRate = config.learningRate() * Math.exp(config.learningRateLogSd() * random.nextGaussian());
        dailyFade = Math.exp(-1 / config.forgettingDays());
    }

    private TrueLearner(TrueLearner other) {
        start = other.start.clone();
        gained = other.gained.clone();
        learningRate = other.learningRate;
        dailyFade = other.dailyFade;
    }

    TrueLearner copy() {
        return new TrueLearner(this);
    }

    double ability(int task) {
        return start[task] + gained[task];
    }

    /** P(correct) on an item of true difficulty b. */
    double probabilityCorrect(int task, double difficulty) {
        return 1 / (1 + Math.exp(-(ability(task) - difficulty)));
    }

    /** Learning from answering (and reading the explanation of) one item of the task statement. */
    void practise(int task) {
        double p = 1 / (1 + Math.exp(-ability(task)));
        gained[task] += learningRate * (1 - p);
    }

    /** One day passes. */
    void forgetOneDay() {
        for (int t = 0; t < gained.length; t++) {
            gained[t] *= dailyFade;
        }
    }
}
