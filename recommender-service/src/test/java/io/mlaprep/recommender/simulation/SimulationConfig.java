package io.mlaprep.recommender.simulation;

import io.mlaprep.recommender.mastery.domain.MasteryParameters;
import io.mlaprep.recommender.policy.domain.PolicyParameters;
import io.mlaprep.recommender.readiness.domain.ReadinessParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Settings of a simulation run: its size, and the hidden truth model the synthetic learners follow. The truth
 * parameters are fixed, plausible values chosen before comparing policies (see {@link #describeTruth()}); they are
 * not tuned to favour any policy.
 *
 * @param learners             synthetic learners (each runs once under every policy, with the same hidden truth)
 * @param seed                 master seed
 * @param answersPerDay        questions a learner answers on a study day
 * @param sessionSize          questions per session (the policy is asked for this many at a time)
 * @param maxDays              days simulated
 * @param studyDayProbability  chance that a learner studies on a given day
 * @param itemsPerTask         catalogue items per task statement
 * @param target               true pass probability that counts as "ready"
 * @param calibrationEveryDays how often (days) readiness is compared with a simulated exam
 * @param abilityMean          mean of a learner's starting ability (logits)
 * @param generalSd            spread across learners of the starting ability shared by all task statements
 * @param domainSd             spread of a learner's per-domain offset
 * @param taskSd               spread of a learner's per-task-statement offset
 * @param learningRate         median ability gain per answer on a task statement, times (1 − P(correct on an average
 *                             item)): larger where weak, diminishing as the learner improves
 * @param learningRateLogSd    spread across learners of the learning rate (log-normal)
 * @param forgettingDays       time constant with which learned gains fade
 * @param itemDifficultySd     spread of true item difficulties (catalogue and exam alike)
 * @param authorNoiseSd        error of the author's difficulty prior around the true difficulty
 * @param missingDifficulty    share of items without an author's difficulty
 * @param threads              worker threads (results do not depend on it)
 * @param itemMemory           truth v2: each learned gain is the memory of one item's lesson and fades on FSRS-6's
 *                             default forgetting curve (first stability about 2.3 days); a review of the item
 *                             restores and stabilises it. Off: gains fade with {@code forgettingDays}
 * @param guessing             truth v2: an item can be answered right by guessing, with probability 1/(its number of
 *                             possible responses): P = g + (1 − g)·σ(θ − b)
 * @param adaptiveLearning     truth v2: the gain of an answer depends on the item's difficulty (harder than the
 *                             learner teaches more) and on the outcome (a wrong answer with its explanation more)
 * @param repeatValue          gain of answering an item again, as a share of a new item's
 * @param keyMemory            with item memory: chance of recalling a seen item's key outright, times the item's
 *                             recall probability (a memorised key answers without ability)
 * @param examDay              the fixed-budget exam: true pass probability on this day, before it is studied
 * @param examGuessFloor       model under test: the exam's mean guessing floor; 0 turns guessing off in the model
 *                             (answers and readiness alike)
 * @param passGain             policy under test: rank weak areas by the expected rise in pass probability over the
 *                             posterior (the service's way); false: by weight × (1 − mastery) (the first version)
 * @param learningRateSd       model under test: prior spread of the learner's own learning rate (0: one rate for all)
 */
public record SimulationConfig(
        int learners, long seed, int answersPerDay, int sessionSize, int maxDays, double studyDayProbability,
        int itemsPerTask, double target, int calibrationEveryDays,
        double abilityMean, double generalSd, double domainSd, double taskSd,
        double learningRate, double learningRateLogSd, double forgettingDays,
        double itemDifficultySd, double authorNoiseSd, double missingDifficulty, int threads,
        double maxReviewShare, double explorationShare, double spreadDecay, boolean oracle,
        double practiceEffect, double noisePerAnswer, double driftVariancePerDay,
        boolean itemMemory, boolean guessing, boolean adaptiveLearning, double repeatValue, double keyMemory,
        int examDay, double examGuessFloor, boolean passGain, double learningRateSd) {

    /** Parameters of the mastery model under test: its defaults, with the three tracking parameters as given. */
    public MasteryParameters masteryParameters() {
        MasteryParameters d = MasteryParameters.defaults();
        return new MasteryParameters(d.priorMean(), d.priorGeneralSd(), d.priorDomainSd(), d.priorTaskSd(),
                driftVariancePerDay, noisePerAnswer, practiceEffect, d.repeatPracticeShare(), d.challengeWeight(),
                d.authorDifficultySd(), d.unknownDifficultySd(), d.repeatedItemSd(), d.keyRecallPrior(),
                d.keyRecallPriorWeight(), learningRateSd);
    }

    /** Parameters of the readiness model under test. */
    public ReadinessParameters readinessParameters() {
        ReadinessParameters d = ReadinessParameters.defaults();
        return new ReadinessParameters(d.examDifficultySd(), d.samplePairs(), examGuessFloor);
    }

    /** The policies compared (the oracle only on request: it is a reference that sees the truth). */
    public List<Policy.Kind> policies() {
        return Arrays.stream(Policy.Kind.values()).filter(k -> oracle || k != Policy.Kind.ORACLE).toList();
    }

    /** Parameters of the policy under test ({@code policy.domain}). */
    public PolicyParameters policyParameters() {
        PolicyParameters d = PolicyParameters.defaults();
        return d.with(d.targetRetention(), maxReviewShare, explorationShare, spreadDecay);
    }

    public static SimulationConfig defaults() {
        return new SimulationConfig(500, 42, 30, 10, 120, 0.85, 60, 0.8, 7,
                -0.3, 0.7, 0.4, 0.5, 0.04, 0.3, 180, 1.0, 0.5, 0.1,
                Runtime.getRuntime().availableProcessors(),
                PolicyParameters.defaults().maxReviewShare(), PolicyParameters.defaults().explorationShare(),
                PolicyParameters.defaults().spreadDecay(), false,
                MasteryParameters.defaults().practiceEffect(), MasteryParameters.defaults().noisePerAnswer(),
                MasteryParameters.defaults().driftVariancePerDay(),
                false, false, false, 0.25, 0.5, 40,
                ReadinessParameters.defaults().examGuessFloor(), true,
                MasteryParameters.defaults().learningRateSd());
    }

    /** Parses {@code --name value} options (names as the record components, or kebab-case). */
    public static SimulationConfig parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
            options.put(camel(name), value);
        }
        SimulationConfig d = defaults();
        SimulationConfig c = new SimulationConfig(
                integer(options, "learners", d.learners()),
                options.containsKey("seed") ? Long.parseLong(options.remove("seed")) : d.seed(),
                integer(options, "answersPerDay", d.answersPerDay()),
                integer(options, "sessionSize", d.sessionSize()),
                integer(options, "maxDays", d.maxDays()),
                real(options, "studyDayProbability", d.studyDayProbability()),
                integer(options, "itemsPerTask", d.itemsPerTask()),
                real(options, "target", d.target()),
                integer(options, "calibrationEveryDays", d.calibrationEveryDays()),
                real(options, "abilityMean", d.abilityMean()),
                real(options, "generalSd", d.generalSd()),
                real(options, "domainSd", d.domainSd()),
                real(options, "taskSd", d.taskSd()),
                real(options, "learningRate", d.learningRate()),
                real(options, "learningRateLogSd", d.learningRateLogSd()),
                real(options, "forgettingDays", d.forgettingDays()),
                real(options, "itemDifficultySd", d.itemDifficultySd()),
                real(options, "authorNoiseSd", d.authorNoiseSd()),
                real(options, "missingDifficulty", d.missingDifficulty()),
                integer(options, "threads", d.threads()),
                real(options, "maxReviewShare", d.maxReviewShare()),
                real(options, "explorationShare", d.explorationShare()),
                real(options, "spreadDecay", d.spreadDecay()),
                Boolean.parseBoolean(options.getOrDefault("oracle", Boolean.toString(d.oracle()))),
                real(options, "practiceEffect", d.practiceEffect()),
                real(options, "noisePerAnswer", d.noisePerAnswer()),
                real(options, "driftVariancePerDay", d.driftVariancePerDay()),
                bool(options, "itemMemory", d.itemMemory()),
                bool(options, "guessing", d.guessing()),
                bool(options, "adaptiveLearning", d.adaptiveLearning()),
                real(options, "repeatValue", d.repeatValue()),
                real(options, "keyMemory", d.keyMemory()),
                integer(options, "examDay", d.examDay()),
                real(options, "examGuessFloor", d.examGuessFloor()),
                bool(options, "passGain", d.passGain()),
                real(options, "learningRateSd", d.learningRateSd()));
        options.remove("oracle");
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): " + options.keySet());
        }
        return c;
    }

    public String describeTruth() {
        return String.format(Locale.ROOT, """
                learners=%d seed=%d answers/day=%d (sessions of %d) max-days=%d study-day-probability=%.2f \
                items/task=%d target=%.2f exam-day=%d
                truth: starting ability θ0[t] = g + d[domain] + e[t], g~N(%.2f, %.2f²), d~N(0, %.2f²), e~N(0, %.2f²); \
                a new item on t adds η·(1−σ(θ[t]))%s to θ[t], a repeat %.2f of that, η = %.3f·exp(N(0, %.2f²)) per \
                learner; %s; item difficulty b~N(0, %.1f²), author prior = b + N(0, %.1f²), %.0f %% without prior; \
                P(correct) = %sσ(θ[t] − b)%s; exam: 14/13/11/12 items, task uniform within domain, b~N(0, %.1f²)""",
                learners, seed, answersPerDay, sessionSize, maxDays, studyDayProbability, itemsPerTask, target, examDay,
                abilityMean, generalSd, domainSd, taskSd,
                adaptiveLearning ? "·2σ(b−θ[t])·(0.8 if right, 1.2 if wrong)" : "", repeatValue,
                learningRate, learningRateLogSd,
                itemMemory ? "each item's gain is remembered on FSRS-6's default forgetting curve and a review restores"
                        + " it" : String.format(Locale.ROOT, "learned gains fade with τ = %.0f days", forgettingDays),
                itemDifficultySd, authorNoiseSd, missingDifficulty * 100,
                guessing ? "g + (1 − g)·" : "",
                itemMemory ? String.format(Locale.ROOT, ", a seen item's key recalled outright with %.2f × its recall",
                        keyMemory) : "",
                itemDifficultySd);
    }

    /** A one-line name of the truth cell: the five dimensions of the evaluation matrix. */
    public String cellName() {
        return String.format(Locale.ROOT, "spread %.1f, mean %+.1f, memory %s, guessing %s, learning %s", domainSd,
                abilityMean, itemMemory ? "fsrs" : "none", guessing ? "1/options" : "0",
                adaptiveLearning ? "adaptive" : "flat");
    }

    private static String camel(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : name.toCharArray()) {
            if (ch == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }

    private static int integer(Map<String, String> options, String name, int fallback) {
        String value = options.remove(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static boolean bool(Map<String, String> options, String name, boolean fallback) {
        String value = options.remove(name);
        if (value == null) {
            return fallback;
        }
        return switch (value) {
            case "true", "on", "yes", "fsrs", "adaptive" -> true;
            case "false", "off", "no", "none", "flat" -> false;
            default -> throw new IllegalArgumentException("--" + name + " takes true or false: " + value);
        };
    }

    private static double real(Map<String, String> options, String name, double fallback) {
        String value = options.remove(name);
        return value == null ? fallback : Double.parseDouble(value);
    }
}
