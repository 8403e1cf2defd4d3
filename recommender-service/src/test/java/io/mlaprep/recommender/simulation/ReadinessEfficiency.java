package io.mlaprep.recommender.simulation;

import io.mlaprep.contracts.ScaledScore;
import io.mlaprep.recommender.mastery.domain.Answer;
import io.mlaprep.recommender.mastery.domain.ItemInformation;
import io.mlaprep.recommender.mastery.domain.MasteryModel;
import io.mlaprep.recommender.mastery.domain.MasteryState;
import io.mlaprep.recommender.mastery.domain.TaskIndex;
import io.mlaprep.recommender.readiness.domain.ReadinessModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How many answers readiness needs before it knows the learner's expected score within ±{@value #HALF_WIDTH} scaled
 * points, choosing items as the recommender's measurement rule does (the task statement of most value of information,
 * the unseen item there whose answer tells most, {@link ItemInformation}) against random choice (a blueprint-random task
 * statement, a random unseen item). The standard adaptive-testing comparison: abilities are fixed while they are
 * measured, and the learners, outcomes and catalogue are the same under both choices.
 *
 * <p>Run: {@code java -cp … io.mlaprep.recommender.simulation.ReadinessEfficiency --learners 300 --seed 42}.
 */
public final class ReadinessEfficiency {

    static final double HALF_WIDTH = 50;
    static final int MAX_ANSWERS = 600;

    enum Choice { RANDOM, OURS }

    record Result(int learners, double[] random, double[] ours, PairedComparison.Estimate saving) {

        double mean(double[] answers) {
            return Arrays.stream(answers).average().orElse(Double.NaN);
        }

        double median(double[] answers) {
            double[] sorted = answers.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }

        String format() {
            return String.format(Locale.ROOT, """
                    answers until readiness's expected score is known within ±%.0f scaled points (95 %%), %d learners:
                    | choice | mean | median |
                    |---|---|---|
                    | random | %.1f | %.0f |
                    | ours (value of information) | %.1f | %.0f |
                    ours needs %.1f %% [%.1f, %.1f] fewer answers (paired bootstrap 95 %%)""",
                    HALF_WIDTH, learners, mean(random), median(random), mean(ours), median(ours),
                    100 * saving.value(), 100 * saving.low(), 100 * saving.high());
        }
    }

    private final SimulationConfig config;
    private final MasteryModel masteryModel;
    private final ItemInformation information;
    private final ReadinessModel readiness;

    ReadinessEfficiency(SimulationConfig config) {
        this.config = config;
        this.masteryModel = new MasteryModel(config.masteryParameters());
        this.information = new ItemInformation(config.masteryParameters());
        this.readiness = new ReadinessModel(config.readinessParameters(), ScaledScore.EXAM_GUIDE);
    }

    public static void main(String[] args) {
        SimulationConfig config = SimulationConfig.parse(args);
        System.out.println(new ReadinessEfficiency(config).run().format());
    }

    Result run() {
        SimCatalogue catalogue = new SimCatalogue(config, new SplittableRandom(config.seed()));
        double[] random = new double[config.learners()];
        double[] ours = new double[config.learners()];
        for (int learner = 0; learner < config.learners(); learner++) {
            SplittableRandom learnerRandom = new SplittableRandom(config.seed() * 1_000_003L + learner);
            TrueLearner truth = new TrueLearner(config, learnerRandom.split());
            long outcomeSeed = learnerRandom.nextLong();
            long choiceSeed = learnerRandom.nextLong();
            random[learner] = answersToPrecision(Choice.RANDOM, truth, catalogue, new SplittableRandom(outcomeSeed),
                    new SplittableRandom(choiceSeed));
            ours[learner] = answersToPrecision(Choice.OURS, truth, catalogue, new SplittableRandom(outcomeSeed),
                    new SplittableRandom(choiceSeed));
        }
        return new Result(config.learners(), random, ours, saving(random, ours, config.seed()));
    }

    private int answersToPrecision(Choice choice, TrueLearner truth, SimCatalogue catalogue,
                                   SplittableRandom outcomes, SplittableRandom choices) {
        Instant at = Simulation.START;
        MasteryState state = masteryModel.initial();
        Set<String> seen = new HashSet<>();
        for (int answers = 0; answers < MAX_ANSWERS; answers++) {
            if (readiness.abilityHalfWidth(masteryModel.posterior(state, at)) <= HALF_WIDTH) {
                return answers;
            }
            SimCatalogue.Item item = choice == Choice.RANDOM
                    ? unseen(catalogue, Policy.blueprintTask(choices), seen, choices)
                    : mostInformative(catalogue, state, at, seen);
            seen.add(item.questionId());
            boolean correct = outcomes.nextDouble() < truth.probabilityCorrect(item, at);
            state = masteryModel.apply(state, new Answer(item.visible().taskStatement(), correct,
                    item.visible().itemDifficulty(), at, false, floor(item)));
            at = at.plusSeconds(60);
        }
        return MAX_ANSWERS;
    }

    /** The unseen item that tells most, in the task statement whose answer tells most about the exam score. */
    private SimCatalogue.Item mostInformative(SimCatalogue catalogue, MasteryState state, Instant at,
                                              Set<String> seen) {
        var posterior = masteryModel.posterior(state, at);
        int task = argmax(readiness.informationPerAnswer(posterior));
        SimCatalogue.Item best = null;
        double most = -1;
        for (SimCatalogue.Item item : catalogue.ofTask(task)) {
            double told = seen.contains(item.questionId()) ? -1 : information.of(posterior.mean(task),
                    Math.sqrt(posterior.variance(task)), item.visible().itemDifficulty(), floor(item));
            if (told > most) {
                most = told;
                best = item;
            }
        }
        if (best == null) {
            throw new IllegalStateException("task " + TaskIndex.id(task) + " has no unseen items left");
        }
        return best;
    }

    private double floor(SimCatalogue.Item item) {
        return config.examGuessFloor() > 0 ? item.guessFloor() : 0;
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** A random unseen item of the task. */
    private static SimCatalogue.Item unseen(SimCatalogue catalogue, int task, Set<String> seen,
                                            SplittableRandom choices) {
        List<SimCatalogue.Item> pool = new ArrayList<>();
        for (SimCatalogue.Item item : catalogue.ofTask(task)) {
            if (!seen.contains(item.questionId())) {
                pool.add(item);
            }
        }
        if (pool.isEmpty()) {
            throw new IllegalStateException("task " + TaskIndex.id(task) + " has no unseen items left");
        }
        return pool.get(choices.nextInt(pool.size()));
    }

    /** 1 − Σ ours / Σ random, with a paired percentile bootstrap interval over learners. */
    static PairedComparison.Estimate saving(double[] random, double[] ours, long seed) {
        SplittableRandom resampler = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        int n = random.length;
        double[] values = new double[PairedComparison.RESAMPLES];
        for (int r = 0; r < values.length; r++) {
            double a = 0;
            double b = 0;
            for (int i = 0; i < n; i++) {
                int k = resampler.nextInt(n);
                a += ours[k];
                b += random[k];
            }
            values[r] = 1 - a / b;
        }
        Arrays.sort(values);
        double value = 1 - Arrays.stream(ours).sum() / Arrays.stream(random).sum();
        return new PairedComparison.Estimate(value, values[(int) Math.floor(0.025 * (values.length - 1))],
                values[(int) Math.ceil(0.975 * (values.length - 1))]);
    }
}
