package io.mlaprep.recommender.simulation;

import io.mlaprep.contracts.ScaledScore;
import io.mlaprep.recommender.mastery.domain.AbilityPosterior;
import io.mlaprep.recommender.mastery.domain.Answer;
import io.mlaprep.recommender.mastery.domain.Gaussian;
import io.mlaprep.recommender.mastery.domain.ItemInformation;
import io.mlaprep.recommender.mastery.domain.MasteryModel;
import io.mlaprep.recommender.mastery.domain.MasteryState;
import io.mlaprep.recommender.mastery.domain.TaskIndex;
import io.mlaprep.recommender.readiness.domain.ReadinessModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How far any choice rule could get in {@link ReadinessEfficiency}'s measurement: the same learners, outcomes,
 * stopping rule and random baseline, with task choice (blueprint-random, value of information, or a one-step lookahead
 * that takes the smallest expected {@link ReadinessModel#abilityHalfWidth} after the answer over the three most
 * informative unseen items of every task statement) crossed with item choice (a random unseen item, the most
 * informative unseen item, or an ideal item the catalogue does not have).
 *
 * <p>An ideal item is never used up and sits at the difficulty where it tells most ({@link ItemInformation}), plus
 * {@code --ideal-offset}; its author's prior is known (±0.5) and its true difficulty follows from that prior as a
 * catalogue item's would (shrunk towards the bank's mean). {@code IDEAL24} has the catalogue's lowest guessing floor
 * (an ordering or matching, 1/24), {@code IDEAL} none, which no exam question type has. So {@code VOI/IDEAL24} bounds
 * what choosing among this bank's question types can give.
 *
 * <p>Run: {@code java -cp … io.mlaprep.recommender.simulation.ReadinessCeiling --rules VOI/BEST,VOI/IDEAL24
 * --learners 300 --seed 42} (every other option is a {@link SimulationConfig} option).
 */
final class ReadinessCeiling {

    enum TaskRule { BLUEPRINT, VOI, LOOKAHEAD }

    enum ItemRule { RANDOM, BEST, IDEAL, IDEAL24 }

    record Rule(TaskRule task, ItemRule item) {

        static Rule parse(String text) {
            String[] parts = text.split("/");
            return new Rule(TaskRule.valueOf(parts[0]), ItemRule.valueOf(parts[1]));
        }

        @Override
        public String toString() {
            return task + "/" + item;
        }
    }

    /** Answers until precision per learner: under random choice and under each rule. */
    record Result(double[] random, Map<Rule, double[]> byRule, long seed) {

        static double mean(double[] answers) {
            return Arrays.stream(answers).average().orElse(Double.NaN);
        }

        String format() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "%d learners; random (blueprint task, random item): %.1f answers%n| rule | mean answers | saving |%n"
                            + "|---|---|---|%n", random.length, mean(random)));
            byRule.forEach((rule, answers) -> {
                PairedComparison.Estimate saving = ReadinessEfficiency.saving(random, answers, seed);
                out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f %% [%.1f, %.1f] |%n", rule, mean(answers),
                        100 * saving.value(), 100 * saving.low(), 100 * saving.high()));
            });
            return out.toString();
        }
    }

    /** An item to answer: from the catalogue, or ideal (no question id). */
    private record Pick(int task, Double difficulty, double trueDifficulty, double floor, String questionId) {
    }

    private static final int LOOKAHEAD_ITEMS_PER_TASK = 3;
    private static final double LAMBDA = Gaussian.PROBIT_SCALE;
    private static final Rule RANDOM = new Rule(TaskRule.BLUEPRINT, ItemRule.RANDOM);

    private final SimulationConfig config;
    private final double idealOffset;
    private final MasteryModel masteryModel;
    private final ItemInformation information;
    private final ReadinessModel readiness;

    ReadinessCeiling(SimulationConfig config, double idealOffset) {
        this.config = config;
        this.idealOffset = idealOffset;
        this.masteryModel = new MasteryModel(config.masteryParameters());
        this.information = new ItemInformation(config.masteryParameters());
        this.readiness = new ReadinessModel(config.readinessParameters(), ScaledScore.EXAM_GUIDE);
    }

    public static void main(String[] args) {
        List<Rule> rules = new ArrayList<>();
        double idealOffset = 0;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rules" -> Arrays.stream(args[++i].split(",")).map(Rule::parse).forEach(rules::add);
                case "--ideal-offset" -> idealOffset = Double.parseDouble(args[++i]);
                default -> rest.add(args[i]);
            }
        }
        SimulationConfig config = SimulationConfig.parse(rest.toArray(String[]::new));
        System.out.print(new ReadinessCeiling(config, idealOffset).run(rules).format());
    }

    Result run(List<Rule> rules) {
        SimCatalogue catalogue = new SimCatalogue(config, new SplittableRandom(config.seed()));
        int n = config.learners();
        double[] random = new double[n];
        Map<Rule, double[]> byRule = new LinkedHashMap<>();
        rules.forEach(rule -> byRule.put(rule, new double[n]));
        for (int learner = 0; learner < n; learner++) {
            // the same draws in the same order as ReadinessEfficiency, so the learners and outcomes are its own
            SplittableRandom learnerRandom = new SplittableRandom(config.seed() * 1_000_003L + learner);
            TrueLearner truth = new TrueLearner(config, learnerRandom.split());
            long outcomeSeed = learnerRandom.nextLong();
            long choiceSeed = learnerRandom.nextLong();
            random[learner] = answersToPrecision(RANDOM, truth, catalogue, outcomeSeed, choiceSeed);
            for (Map.Entry<Rule, double[]> entry : byRule.entrySet()) {
                entry.getValue()[learner] = answersToPrecision(entry.getKey(), truth, catalogue, outcomeSeed,
                        choiceSeed);
            }
        }
        return new Result(random, byRule, config.seed());
    }

    private int answersToPrecision(Rule rule, TrueLearner truth, SimCatalogue catalogue, long outcomeSeed,
                                   long choiceSeed) {
        SplittableRandom outcomes = new SplittableRandom(outcomeSeed);
        SplittableRandom choices = new SplittableRandom(choiceSeed);
        SplittableRandom idealItems = new SplittableRandom(outcomeSeed ^ 0x5A5A5A5AL);
        Instant at = Simulation.START;
        MasteryState state = masteryModel.initial();
        Set<String> seen = new HashSet<>();
        for (int answers = 0; answers < ReadinessEfficiency.MAX_ANSWERS; answers++) {
            AbilityPosterior posterior = masteryModel.posterior(state, at);
            if (readiness.abilityHalfWidth(posterior) <= ReadinessEfficiency.HALF_WIDTH) {
                return answers;
            }
            Pick pick = choose(rule, state, posterior, at, catalogue, seen, choices, idealItems);
            if (pick.questionId() != null) {
                seen.add(pick.questionId());
            }
            boolean correct = outcomes.nextDouble() < truth.probabilityCorrect(pick.task(), pick.trueDifficulty(),
                    pick.floor(), at);
            state = masteryModel.apply(state, answer(pick, correct, at));
            at = at.plusSeconds(60);
        }
        return ReadinessEfficiency.MAX_ANSWERS;
    }

    private Pick choose(Rule rule, MasteryState state, AbilityPosterior posterior, Instant at, SimCatalogue catalogue,
                        Set<String> seen, SplittableRandom choices, SplittableRandom idealItems) {
        return switch (rule.task()) {
            case BLUEPRINT -> items(rule.item(), Policy.blueprintTask(choices), posterior, catalogue, seen, choices,
                    idealItems, 1).getFirst();
            case VOI -> items(rule.item(), ReadinessEfficiency.argmax(readiness.informationPerAnswer(posterior)),
                    posterior, catalogue, seen, choices, idealItems, 1).getFirst();
            case LOOKAHEAD -> {
                List<Pick> candidates = new ArrayList<>();
                for (int t = 0; t < TaskIndex.size(); t++) {
                    candidates.addAll(items(rule.item(), t, posterior, catalogue, seen, choices, idealItems,
                            LOOKAHEAD_ITEMS_PER_TASK));
                }
                yield smallestExpectedHalfWidth(candidates, state, posterior, at);
            }
        };
    }

    private Pick smallestExpectedHalfWidth(List<Pick> candidates, MasteryState state, AbilityPosterior posterior,
                                           Instant at) {
        Pick best = null;
        double smallest = Double.POSITIVE_INFINITY;
        Instant next = at.plusSeconds(60);
        for (Pick c : candidates) {
            double p = predictedCorrect(posterior, c);
            double right = readiness.abilityHalfWidth(masteryModel.posterior(
                    masteryModel.apply(state, answer(c, true, at)), next));
            double wrong = readiness.abilityHalfWidth(masteryModel.posterior(
                    masteryModel.apply(state, answer(c, false, at)), next));
            double expected = p * right + (1 - p) * wrong;
            if (expected < smallest) {
                smallest = expected;
                best = c;
            }
        }
        return best;
    }

    /** The most informative {@code count} unseen items of the task, a random one, or an ideal one. */
    private List<Pick> items(ItemRule rule, int task, AbilityPosterior posterior, SimCatalogue catalogue,
                             Set<String> seen, SplittableRandom choices, SplittableRandom idealItems, int count) {
        if (rule == ItemRule.IDEAL || rule == ItemRule.IDEAL24) {
            return List.of(ideal(task, rule == ItemRule.IDEAL ? 0 : 1 / 24.0, posterior, idealItems));
        }
        List<SimCatalogue.Item> unseen = new ArrayList<>();
        for (SimCatalogue.Item item : catalogue.ofTask(task)) {
            if (!seen.contains(item.questionId())) {
                unseen.add(item);
            }
        }
        if (rule == ItemRule.RANDOM) {
            return List.of(pick(unseen.get(choices.nextInt(unseen.size()))));
        }
        double mean = posterior.mean(task);
        double sd = Math.sqrt(posterior.variance(task));
        List<SimCatalogue.Item> ranked = new ArrayList<>(unseen);
        // stable sort: of equally informative items the first in the catalogue, as ReadinessEfficiency takes it
        ranked.sort((a, b) -> Double.compare(informationOf(b, mean, sd), informationOf(a, mean, sd)));
        return ranked.subList(0, Math.min(count, ranked.size())).stream().map(ReadinessCeiling::pick).toList();
    }

    private Pick ideal(int task, double floor, AbilityPosterior posterior, SplittableRandom idealItems) {
        double mean = posterior.mean(task);
        double sd = Math.sqrt(posterior.variance(task));
        double best = mean;
        for (double b = mean - 2; b <= mean + 2; b += 0.01) {
            if (information.of(mean, sd, b, floor) > information.of(mean, sd, best, floor)) {
                best = b;
            }
        }
        double prior = best + idealOffset;
        // true difficulty given the author's prior, as SimCatalogue draws them: b ~ N(0, d²), prior = b + N(0, a²)
        double d2 = config.itemDifficultySd() * config.itemDifficultySd();
        double a2 = config.authorNoiseSd() * config.authorNoiseSd();
        double trueDifficulty = prior * d2 / (d2 + a2) + Math.sqrt(d2 * a2 / (d2 + a2)) * idealItems.nextGaussian();
        return new Pick(task, prior, trueDifficulty, floor, null);
    }

    private double predictedCorrect(AbilityPosterior posterior, Pick c) {
        double floor = floor(c.floor());
        double b = c.difficulty() == null ? 0 : c.difficulty();
        double sb = config.masteryParameters().difficultySd(c.difficulty());
        double s2 = posterior.variance(c.task()) + sb * sb;
        return floor + (1 - floor) * Gaussian.cdf(LAMBDA * (posterior.mean(c.task()) - b)
                / Math.sqrt(1 + LAMBDA * LAMBDA * s2));
    }

    private Answer answer(Pick pick, boolean correct, Instant at) {
        return new Answer(TaskIndex.id(pick.task()), correct, pick.difficulty(), at, false, floor(pick.floor()));
    }

    private double informationOf(SimCatalogue.Item item, double mean, double sd) {
        return information.of(mean, sd, item.visible().itemDifficulty(), floor(item.guessFloor()));
    }

    private double floor(double itemFloor) {
        return config.examGuessFloor() > 0 ? itemFloor : 0;
    }

    private static Pick pick(SimCatalogue.Item item) {
        return new Pick(item.task(), item.visible().itemDifficulty(), item.trueDifficulty(), item.guessFloor(),
                item.questionId());
    }
}
