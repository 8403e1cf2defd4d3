package io.mlaprep.recommender.simulation;

import io.mlaprep.contracts.ScaledScore;
import io.mlaprep.recommender.mastery.domain.MasteryModel;
import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.recommender.policy.domain.RecommendationPolicy;
import io.mlaprep.recommender.readiness.domain.ReadinessModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Simulates synthetic learners under each policy and measures (1) answers until the learner's true pass probability
 * reaches the target and (2) calibration of the predicted pass probability against simulated exams.
 *
 * <p>Run (after {@code ./mvnw install -DskipTests}): {@code ./mvnw -pl recommender-service exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=io.mlaprep.recommender.simulation.Simulation
 * -Dexec.args="--learners 500 --seed 42"}.
 */
public final class Simulation {

    static final Instant START = Instant.parse("2025-01-06T00:00:00Z");
    private static final long DAY_SECONDS = 86_400;

    private final SimulationConfig config;
    private final MasteryModel masteryModel;
    private final ReadinessModel readinessModel;
    private final RecommendationPolicy recommender;
    private final Fsrs fsrs;
    private final TrueExam exam;
    private final SimCatalogue catalogue;

    public Simulation(SimulationConfig config) {
        this(config, new MasteryModel(config.masteryParameters()),
                new ReadinessModel(config.readinessParameters(), ScaledScore.EXAM_GUIDE), new RecommendationPolicy(new Fsrs(),
                config.policyParameters()));
    }

    public Simulation(SimulationConfig config, MasteryModel masteryModel, ReadinessModel readinessModel,
                      RecommendationPolicy recommender) {
        this.config = config;
        this.masteryModel = masteryModel;
        this.readinessModel = readinessModel;
        this.recommender = recommender;
        this.fsrs = new Fsrs();
        this.exam = new TrueExam(config.itemDifficultySd(), config.guessing());
        this.catalogue = new SimCatalogue(config, new SplittableRandom(config.seed()));
    }

    public static void main(String[] args) {
        SimulationConfig config = SimulationConfig.parse(args);
        long started = System.nanoTime();
        SimulationReport report = new Simulation(config).run();
        System.out.println(report.format());
        System.out.printf("(%d learners × %d policies in %.1f s)%n", config.learners(), config.policies().size(),
                (System.nanoTime() - started) / 1e9);
    }

    public SimulationReport run() {
        List<LearnerOutcome> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, config.threads()))) {
            List<Future<LearnerOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < config.learners(); i++) {
                int learner = i;
                futures.add(pool.submit(() -> simulateLearner(learner)));
            }
            for (Future<LearnerOutcome> future : futures) {
                outcomes.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return new SimulationReport(config, outcomes);
    }

    /** One learner's hidden truth, run once under every policy. */
    LearnerOutcome simulateLearner(int learner) {
        SplittableRandom learnerRandom = new SplittableRandom(config.seed() * 1_000_003L + learner);
        TrueLearner truth = new TrueLearner(config, learnerRandom.split());
        boolean[] studies = new boolean[config.maxDays()];
        SplittableRandom schedule = learnerRandom.split();
        for (int d = 0; d < studies.length; d++) {
            studies[d] = d == 0 || schedule.nextDouble() < config.studyDayProbability();
        }
        long outcomeSeed = learnerRandom.nextLong();
        long policySeed = learnerRandom.nextLong();
        long examSeed = learnerRandom.nextLong();
        List<PolicyRun> runs = new ArrayList<>();
        for (Policy.Kind kind : config.policies()) {
            runs.add(run(kind, truth.copy(), studies, new SplittableRandom(outcomeSeed),
                    new SplittableRandom(policySeed), new SplittableRandom(examSeed)));
        }
        return new LearnerOutcome(learner, runs);
    }

    private PolicyRun run(Policy.Kind kind, TrueLearner truth, boolean[] studies, SplittableRandom outcomes,
                          SplittableRandom policyRandom, SplittableRandom examRandom) {
        Policy policy = kind.create(recommender, readinessModel, config.passGain());
        LearnerModel model = new LearnerModel(masteryModel, fsrs, config.examGuessFloor() > 0);
        int answers = 0;
        int answersToTarget = exam.passProbability(truth, START) >= config.target() ? 0 : -1;
        double passOnExamDay = Double.NaN;
        List<CalibrationPoint> calibration = new ArrayList<>();
        int sessions = Math.max(1, config.answersPerDay() / config.sessionSize());
        for (int day = 0; day < config.maxDays(); day++) {
            if (day > 0) {
                truth.forgetOneDay();
            }
            Instant dayStart = START.plusSeconds(day * DAY_SECONDS + 19 * 3600);
            if (day == config.examDay()) {
                passOnExamDay = exam.passProbability(truth, dayStart);
            }
            // a learner with no answers yet gets the prior's prediction, a claim about the population, not about them
            if (day % config.calibrationEveryDays() == 0 && answers > 0) {
                double predicted = model.readiness(readinessModel, dayStart).passProbability();
                calibration.add(new CalibrationPoint(predicted, exam.passProbability(truth, dayStart),
                        exam.sit(truth, examRandom, dayStart)));
            }
            if (!studies[day]) {
                continue;
            }
            for (int s = 0; s < sessions; s++) {
                Instant sessionStart = dayStart.plus(Duration.ofMinutes(25L * s));
                int size = s == sessions - 1 ? config.answersPerDay() - config.sessionSize() * (sessions - 1)
                        : config.sessionSize();
                List<SimCatalogue.Item> items = policy.next(
                        new Policy.Context(day, sessionStart, model, catalogue, policyRandom, truth), size);
                for (int i = 0; i < items.size(); i++) {
                    SimCatalogue.Item item = items.get(i);
                    Instant at = sessionStart.plusSeconds(90L * i);
                    boolean correct = outcomes.nextDouble() < truth.probabilityCorrect(item, at);
                    truth.practise(item, correct, at);
                    model.answered(item, correct, at);
                    policy.answered(item, correct, day);
                    answers++;
                }
                if (answersToTarget < 0
                        && exam.passProbability(truth, sessionStart.plusSeconds(90L * size)) >= config.target()) {
                    answersToTarget = answers;
                }
            }
        }
        return new PolicyRun(kind, answersToTarget, answers, calibration, passOnExamDay);
    }

    record CalibrationPoint(double predicted, double truePassProbability, boolean passed) {
    }

    /**
     * @param answersToTarget answers until the true pass probability first reached the target, −1 if it never did
     * @param answers         answers over the whole run (the budget of a learner who never reached the target)
     * @param passOnExamDay   true pass probability on the fixed-budget exam day (NaN if the run is shorter)
     */
    record PolicyRun(Policy.Kind kind, int answersToTarget, int answers, List<CalibrationPoint> calibration,
                     double passOnExamDay) {
    }

    record LearnerOutcome(int learner, List<PolicyRun> runs) {
    }
}
