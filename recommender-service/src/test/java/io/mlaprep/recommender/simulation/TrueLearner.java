package io.mlaprep.recommender.simulation;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.recommender.mastery.domain.TaskIndex;
import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.recommender.memory.domain.Grade;
import io.mlaprep.recommender.memory.domain.MemoryState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A synthetic learner's hidden truth: ability per task statement that grows with practice (more where weak,
 * diminishing, less from a repeated item) and whose learned part fades without it. Policies and the learner model
 * never see it.
 *
 * <p>Without item memory the learned part of a task's ability fades exponentially. With item memory each item's lesson
 * is a memory of its own: its gain counts times the item's recall probability on FSRS-6's default forgetting curve,
 * and answering the item again restores and stabilises that memory, so spaced review pays.
 */
final class TrueLearner {

    private static final Fsrs MEMORY = new Fsrs();

    private final SimulationConfig config;
    private final double[] start;
    private final double[] gained;
    private final double learningRate;
    private final double dailyFade;
    private final Map<String, Lesson> lessons;
    private final List<List<Lesson>> lessonsByTask;

    /** One item's lesson: what it taught and how well the learner still remembers it. */
    private static final class Lesson {
        double gain;
        MemoryState memory;
    }

    TrueLearner(SimulationConfig config, SplittableRandom random) {
        this.config = config;
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
        lessons = new HashMap<>();
        lessonsByTask = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            lessonsByTask.add(new ArrayList<>());
        }
    }

    private TrueLearner(TrueLearner other) {
        if (!other.lessons.isEmpty()) {
            throw new IllegalStateException("a learner is copied before any practice, once per policy");
        }
        config = other.config;
        start = other.start.clone();
        gained = other.gained.clone();
        learningRate = other.learningRate;
        dailyFade = other.dailyFade;
        lessons = new HashMap<>();
        lessonsByTask = new ArrayList<>();
        for (int t = 0; t < start.length; t++) {
            lessonsByTask.add(new ArrayList<>());
        }
    }

    TrueLearner copy() {
        return new TrueLearner(this);
    }

    /** The share of a new question's lesson that answering a question again brings. */
    double repeatValue() {
        return config.repeatValue();
    }

    /** True ability on the task statement at {@code now}. */
    double ability(int task, Instant now) {
        if (!config.itemMemory()) {
            return start[task] + gained[task];
        }
        double ability = start[task];
        for (Lesson lesson : lessonsByTask.get(task)) {
            ability += lesson.gain * MEMORY.retrievability(lesson.memory, now);
        }
        return ability;
    }

    /** P(correct) from ability alone on a new item of true difficulty b with guessing floor g. */
    double probabilityCorrect(int task, double difficulty, double guessFloor, Instant now) {
        double p = 1 / (1 + Math.exp(-(ability(task, now) - difficulty)));
        return config.guessing() ? guessFloor + (1 - guessFloor) * p : p;
    }

    /** P(correct) on a catalogue item, which the learner may have seen (and whose key they may remember). */
    double probabilityCorrect(SimCatalogue.Item item, Instant now) {
        double p = probabilityCorrect(item.task(), item.trueDifficulty(), item.guessFloor(), now);
        Lesson lesson = lessons.get(item.questionId());
        if (!config.itemMemory() || lesson == null) {
            return p;
        }
        double keyRecalled = config.keyMemory() * MEMORY.retrievability(lesson.memory, now);
        return keyRecalled + (1 - keyRecalled) * p;
    }

    /** Learning from answering (and reading the explanation of) one item. */
    void practise(SimCatalogue.Item item, boolean correct, Instant now) {
        int task = item.task();
        double theta = ability(task, now);
        double gain = learningRate * (1 - sigmoid(theta));
        if (config.adaptiveLearning()) {
            gain *= 2 * sigmoid(item.trueDifficulty() - theta) * (correct ? 0.8 : 1.2);
        }
        Lesson lesson = lessons.get(item.questionId());
        if (lesson != null) {
            gain *= config.repeatValue();
        } else {
            lesson = new Lesson();
            lessons.put(item.questionId(), lesson);
            lessonsByTask.get(task).add(lesson);
        }
        if (!config.itemMemory()) {
            gained[task] += gain;
            return;
        }
        lesson.gain += gain;
        lesson.memory = MEMORY.review(lesson.memory, correct ? Grade.GOOD : Grade.AGAIN, now);
    }

    /** One day passes (with item memory, forgetting follows from the recall curves instead). */
    void forgetOneDay() {
        if (config.itemMemory()) {
            return;
        }
        for (int t = 0; t < gained.length; t++) {
            gained[t] *= dailyFade;
        }
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
