package io.mlaprep.recommender.readiness.domain;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.contracts.ScaledScore;
import io.mlaprep.recommender.mastery.domain.AbilityPosterior;
import io.mlaprep.recommender.mastery.domain.Gaussian;
import io.mlaprep.recommender.mastery.domain.TaskIndex;
import java.util.Objects;

/**
 * Readiness from the ability posterior and the exam blueprint.
 *
 * <p>The scored items of domain d (14/13/11/12) are each drawn from one of its task statements (equally likely)
 * with a difficulty b ~ N(0, examDifficultySd²). Given the abilities θ, an item of domain d is right with
 * probability p_d(θ) = mean over its tasks of E_b[σ(θ_t − b)], so the number correct is a sum of four binomials,
 * approximated by a normal with continuity correction. That conditional is averaged over the ability posterior with a
 * fixed set of antithetic normal draws (so the result is deterministic): the spread of the prediction therefore comes
 * from both the Bernoulli outcomes and the mastery uncertainty, including its correlation across tasks.
 */
public final class ReadinessModel {

    private static final double Z95 = 1.959963984540054;

    private final ScaledScore scale;
    private final double[][] draws;
    private final double difficultyShrink;
    private final double guessFloor;
    private final int[] domainItems;
    private final Runnable onPrediction;

    public ReadinessModel() {
        this(ReadinessParameters.defaults(), ScaledScore.EXAM_GUIDE);
    }

    public ReadinessModel(ReadinessParameters parameters, ScaledScore scale) {
        this(parameters, scale, () -> { });
    }

    /** @param onPrediction told of every {@link #predict} (the service counts them as a metric) */
    public ReadinessModel(ReadinessParameters parameters, ScaledScore scale, Runnable onPrediction) {
        Objects.requireNonNull(parameters, "parameters");
        this.onPrediction = Objects.requireNonNull(onPrediction, "onPrediction");
        this.scale = Objects.requireNonNull(scale, "scale");
        if (scale.scoredItems() != ExamGuide.SCORED_COUNT) {
            throw new IllegalArgumentException("readiness predicts the exam guide's " + ExamGuide.SCORED_COUNT
                    + " scored items; the scale has " + scale.scoredItems());
        }
        this.draws = standardNormalDraws(parameters.samplePairs(), TaskIndex.size());
        double s = parameters.examDifficultySd();
        this.difficultyShrink = 1 / StrictMath.sqrt(1 + StrictMath.PI * s * s / 8);
        this.guessFloor = parameters.examGuessFloor();
        this.domainItems = new int[ExamGuide.DOMAINS.size() + 1];
        for (ExamGuide.Domain domain : ExamGuide.DOMAINS) {
            domainItems[domain.id()] = domain.scoredItems();
        }
    }

    public Readiness predict(AbilityPosterior posterior) {
        onPrediction.run();
        double sumMean = 0;
        double sumMeanSquared = 0;
        double sumVariance = 0;
        double sumPass = 0;
        double threshold = scale.passingCorrect() - 0.5;
        for (Draw draw : sample(posterior)) {
            sumMean += draw.mean();
            sumMeanSquared += draw.mean() * draw.mean();
            sumVariance += draw.variance();
            sumPass += draw.variance() < 1e-12
                    ? (draw.mean() > threshold ? 1 : 0)
                    : 1 - Gaussian.cdf((threshold - draw.mean()) / StrictMath.sqrt(draw.variance()));
        }
        int k = draws.length;
        double expected = sumMean / k;
        double total = sumVariance / k + Math.max(0, sumMeanSquared / k - expected * expected);
        double sd = StrictMath.sqrt(total);
        return new Readiness(expected, scale.ofExpected(expected), scale.ofExpected(expected - Z95 * sd),
                scale.ofExpected(expected + Z95 * sd), sumPass / k);
    }

    /**
     * Half the width, in scaled points, of the 95 % interval of the expected exam score that comes from not knowing the
     * abilities: the part more answers can shrink (the exam's own luck of the draw is there however well the
     * abilities are known).
     */
    public double abilityHalfWidth(AbilityPosterior posterior) {
        double sum = 0;
        double sumSquared = 0;
        for (Draw draw : sample(posterior)) {
            sum += draw.mean();
            sumSquared += draw.mean() * draw.mean();
        }
        double expected = sum / draws.length;
        double sd = StrictMath.sqrt(Math.max(0, sumSquared / draws.length - expected * expected));
        return (scale.ofExpected(expected + Z95 * sd) - scale.ofExpected(expected - Z95 * sd)) / 2.0;
    }

    /**
     * What one more answer on each task statement would tell about the exam score (value of information): the
     * expected fall in the variance of the expected score, g·Σ·g, from one probit observation on an item at the
     * learner's level there, where g is each task statement's share of the exam times the slope of P(correct) at its
     * mean. Evidence on one task statement also narrows its correlated siblings, which this counts.
     */
    public double[] informationPerAnswer(AbilityPosterior posterior) {
        int n = TaskIndex.size();
        double[] gradient = new double[n];
        for (ExamGuide.Domain domain : ExamGuide.DOMAINS) {
            for (ExamGuide.TaskStatement task : domain.taskStatements()) {
                int t = TaskIndex.of(task.id());
                double p = Gaussian.logistic(posterior.mean(t) * difficultyShrink);
                gradient[t] = (1 - guessFloor) * domainItems[domain.id()] / domain.taskStatements().size()
                        * difficultyShrink * p * (1 - p);
            }
        }
        double lambda2 = Gaussian.PROBIT_SCALE * Gaussian.PROBIT_SCALE;
        double[] information = new double[n];
        for (int t = 0; t < n; t++) {
            double projected = 0; // (Σ g)_t
            for (int j = 0; j < n; j++) {
                projected += posterior.covariance(t, j) * gradient[j];
            }
            // at z = 0 the probit update shrinks the variance along Σe_t by λ²/(1 + λ²σ²) · 2/π
            information[t] = lambda2 / (1 + lambda2 * posterior.variance(t)) * 2 / StrictMath.PI
                    * projected * projected;
        }
        return information;
    }

    /**
     * What one more answer on each task statement is worth: the expected rise in the probability of passing, taken
     * over the ability posterior. For each posterior draw, the rise is the density of the score at the pass mark
     * times the task's share of the exam times the slope of P(correct) times the learning one answer brings there
     * ({@code practiceEffect × (1 − P)}: the mastery model's step on a question at the learner's level, where its
     * challenge factor averages 1 over right and wrong answers); the value is the mean over the draws. So a task
     * statement that is weak and heavily weighted is worth most, one so weak or so strong that an answer hardly moves
     * the score is worth little, and where the learner is surely far from the pass mark every task is worth little.
     */
    public double[] passGainPerAnswer(AbilityPosterior posterior, double practiceEffect) {
        double[] gain = new double[TaskIndex.size()];
        double threshold = scale.passingCorrect() - 0.5;
        for (Draw draw : sample(posterior)) {
            double sd = StrictMath.sqrt(Math.max(draw.variance(), 1e-9));
            double u = (threshold - draw.mean()) / sd;
            double density = StrictMath.exp(-0.5 * u * u) / (sd * StrictMath.sqrt(2 * StrictMath.PI));
            for (ExamGuide.Domain domain : ExamGuide.DOMAINS) {
                double itemsPerTask = (double) domainItems[domain.id()] / domain.taskStatements().size();
                for (ExamGuide.TaskStatement task : domain.taskStatements()) {
                    int t = TaskIndex.of(task.id());
                    double p = Gaussian.logistic(draw.theta()[t] * difficultyShrink);
                    double slope = (1 - guessFloor) * itemsPerTask * difficultyShrink * p * (1 - p);
                    gain[t] += density * slope * practiceEffect * (1 - p);
                }
            }
        }
        for (int t = 0; t < gain.length; t++) {
            gain[t] /= draws.length;
        }
        return gain;
    }

    /** One ability draw from the posterior, with the mean and variance of the number correct it gives. */
    private record Draw(double[] theta, double mean, double variance) {
    }

    /** The abilities at each fixed standard normal draw (mean + L·z), with their exam moments. */
    private Draw[] sample(AbilityPosterior posterior) {
        int n = TaskIndex.size();
        double[][] l = posterior.choleskyFactor();
        Draw[] sampled = new Draw[draws.length];
        for (int d = 0; d < draws.length; d++) {
            double[] z = draws[d];
            double[] theta = new double[n];
            for (int i = 0; i < n; i++) {
                double x = posterior.mean(i);
                for (int k = 0; k <= i; k++) {
                    x += l[i][k] * z[k];
                }
                theta[i] = x;
            }
            double mean = 0;
            double variance = 0;
            for (ExamGuide.Domain domain : ExamGuide.DOMAINS) {
                double p = domainProbability(domain, theta);
                int items = domainItems[domain.id()];
                mean += items * p;
                variance += items * p * (1 - p);
            }
            sampled[d] = new Draw(theta, mean, variance);
        }
        return sampled;
    }

    /** P(correct) on one scored item of {@code domain} given the abilities. */
    double domainProbability(ExamGuide.Domain domain, double[] theta) {
        double p = 0;
        for (ExamGuide.TaskStatement task : domain.taskStatements()) {
            p += Gaussian.logistic(theta[TaskIndex.of(task.id())] * difficultyShrink);
        }
        return guessFloor + (1 - guessFloor) * p / domain.taskStatements().size();
    }

    /**
     * Fixed standard normal draws: a SplitMix64 stream with a constant seed through Box–Muller, each draw followed
     * by its negation (antithetic pairs make the mean exact for linear functions). Implemented here rather than with
     * {@code java.util.random}, whose algorithms a JDK may change.
     */
    static double[][] standardNormalDraws(int pairs, int dimension) {
        long[] seed = {0x9E3779B97F4A7C15L};
        double[][] draws = new double[2 * pairs][dimension];
        for (int p = 0; p < pairs; p++) {
            for (int d = 0; d < dimension; d++) {
                double u1 = (splitMix64(seed) >>> 11) * 0x1.0p-53;
                double u2 = (splitMix64(seed) >>> 11) * 0x1.0p-53;
                double z = StrictMath.sqrt(-2 * StrictMath.log(1 - u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
                draws[2 * p][d] = z;
                draws[2 * p + 1][d] = -z;
            }
        }
        return draws;
    }

    private static long splitMix64(long[] state) {
        long z = (state[0] += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
