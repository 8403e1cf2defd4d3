package io.mlaprep.recommender.simulation;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.contracts.ScaledScore;
import io.mlaprep.recommender.mastery.domain.TaskIndex;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The real exam for a synthetic learner, from the hidden abilities: each domain's scored items are drawn from its task
 * statements uniformly with a difficulty b ~ N(0, s²). Computed independently of the readiness model: numeric
 * integration over b (no probit approximation) and the exact distribution of the number correct (no normal
 * approximation). With guessing, the exam's question types are mixed as the bank's, and each can be guessed right
 * with its floor.
 */
final class TrueExam {

    private static final int NODES = 41;

    private final double difficultySd;
    private final boolean guessing;
    private final double meanGuessFloor;
    private final double[] nodes = new double[NODES];
    private final double[] weights = new double[NODES];

    TrueExam(double difficultySd, boolean guessing) {
        this.difficultySd = difficultySd;
        this.guessing = guessing;
        double floor = 0;
        for (int i = 0; i < SimCatalogue.TYPE_SHARES.length; i++) {
            floor += SimCatalogue.TYPE_SHARES[i] * SimCatalogue.TYPE_GUESS_FLOORS[i];
        }
        this.meanGuessFloor = floor;
        // Trapezoid rule on the normal density over ±8 sd: spectrally accurate for this smooth integrand.
        double step = 16.0 / (NODES - 1);
        double sum = 0;
        for (int i = 0; i < NODES; i++) {
            double z = -8 + i * step;
            nodes[i] = z * difficultySd;
            weights[i] = Math.exp(-0.5 * z * z);
            sum += weights[i];
        }
        for (int i = 0; i < NODES; i++) {
            weights[i] /= sum;
        }
    }

    /** P(correct) on a random item of the task statement. */
    double taskProbability(double ability) {
        double p = 0;
        for (int i = 0; i < NODES; i++) {
            p += weights[i] / (1 + Math.exp(-(ability - nodes[i])));
        }
        return guessing ? meanGuessFloor + (1 - meanGuessFloor) * p : p;
    }

    /** Probability that the learner passes the exam right now. */
    double passProbability(TrueLearner learner, Instant now) {
        double[] distribution = {1};
        for (ExamGuide.Domain domain : ExamGuide.DOMAINS) {
            double p = 0;
            for (ExamGuide.TaskStatement task : domain.taskStatements()) {
                p += taskProbability(learner.ability(TaskIndex.of(task.id()), now));
            }
            p /= domain.taskStatements().size();
            distribution = convolve(distribution, binomial(domain.scoredItems(), p));
        }
        double pass = 0;
        for (int c = ScaledScore.EXAM_GUIDE.passingCorrect(); c < distribution.length; c++) {
            pass += distribution[c];
        }
        return pass;
    }

    /** One simulated sitting: true if the learner passes. */
    boolean sit(TrueLearner learner, SplittableRandom random, Instant now) {
        int correct = 0;
        for (ExamGuide.Domain domain : ExamGuide.DOMAINS) {
            for (int i = 0; i < domain.scoredItems(); i++) {
                var task = domain.taskStatements().get(random.nextInt(domain.taskStatements().size()));
                double difficulty = difficultySd * random.nextGaussian();
                double guessFloor = SimCatalogue.guessFloor(random);
                if (random.nextDouble() < learner.probabilityCorrect(TaskIndex.of(task.id()), difficulty, guessFloor,
                        now)) {
                    correct++;
                }
            }
        }
        return ScaledScore.EXAM_GUIDE.passes(ScaledScore.EXAM_GUIDE.of(correct));
    }

    private static double[] binomial(int n, double p) {
        double[] pmf = new double[n + 1];
        pmf[0] = 1;
        for (int i = 0; i < n; i++) {
            for (int k = i + 1; k >= 1; k--) {
                pmf[k] = pmf[k] * (1 - p) + pmf[k - 1] * p;
            }
            pmf[0] *= 1 - p;
        }
        return pmf;
    }

    private static double[] convolve(double[] a, double[] b) {
        double[] out = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                out[i + j] += a[i] * b[j];
            }
        }
        return out;
    }
}
