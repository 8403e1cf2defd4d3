package io.mlaprep.bench;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Answers the stack acknowledged: a practice answer once its PUT returned 200, an exam's answers once the exam
 * finished (analytics counts them then). Per learner, for "nothing lost", and each measured phase's apart.
 */
final class AnswerLedger {

    private final ConcurrentHashMap<Integer, LongAdder> perLearner = new ConcurrentHashMap<>();
    private final LongAdder answersOnly = new LongAdder();
    private final LongAdder answeredThrough = new LongAdder();

    void acknowledged(int learner, long answers) {
        perLearner.computeIfAbsent(learner, key -> new LongAdder()).add(answers);
    }

    void acknowledgedInAnswersOnly(int learner) {
        acknowledged(learner, 1);
        answersOnly.increment();
    }

    void acknowledgedInAnsweredThrough(int learner) {
        acknowledged(learner, 1);
        answeredThrough.increment();
    }

    long of(int learner) {
        LongAdder answers = perLearner.get(learner);
        return answers == null ? 0 : answers.sum();
    }

    long total() {
        return perLearner.values().stream().mapToLong(LongAdder::sum).sum();
    }

    long answersOnly() {
        return answersOnly.sum();
    }

    long answeredThrough() {
        return answeredThrough.sum();
    }
}
