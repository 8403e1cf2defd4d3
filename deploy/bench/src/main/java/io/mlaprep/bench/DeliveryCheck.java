package io.mlaprep.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * After the drill: did every answer the stack stored reach analytics and the recommender exactly once, and was every
 * acknowledged answer stored? Stored answers are read back from the sessions (an item with a response; an exam's
 * only once the exam finished, as they are announced then; those of an exam never finished are left out); analytics'
 * count is the learner's {@code totalAnswered}; the recommender's is the FSRS {@code reps} of each answered question
 * (one review per answer). The counts are read again until they match or the settle time is up.
 */
final class DeliveryCheck {

    /** What one learner's answers came to; a positive {@code over} is a duplicate, a positive {@code under} a loss. */
    record Result(long attempted, long acknowledged, long stored, long acknowledgedNotStored, long inUnfinishedExams,
                  long analytics,
                  long analyticsOver, long analyticsUnder, long recommender, long recommenderOver, long recommenderUnder,
                  double settledSeconds) {
    }

    private final LearnerApi api;

    DeliveryCheck(LearnerApi api) {
        this.api = api;
    }

    /** @param tokens each learner's access token, by learner index */
    Result check(List<AttemptLedger.Attempt> attempts, List<String> tokens, Duration settle) {
        Map<Integer, Long> storedByLearner = new HashMap<>();
        Map<Integer, Map<String, Long>> storedByQuestion = new HashMap<>();
        long acknowledged = 0;
        long stored = 0;
        long acknowledgedNotStored = 0;
        long inUnfinishedExams = 0;
        Map<String, Boolean> finished = new HashMap<>();
        for (AttemptLedger.Attempt attempt : attempts) {
            String token = tokens.get(attempt.learner());
            acknowledged += attempt.acknowledged() ? 1 : 0;
            if (attempt.exam() && !finished.computeIfAbsent(attempt.sessionId(), id -> api.isFinished(token, id))) {
                inUnfinishedExams++;
                continue;
            }
            if (api.hasResponse(token, attempt.sessionId(), attempt.n())) {
                stored++;
                storedByLearner.merge(attempt.learner(), 1L, Long::sum);
                storedByQuestion.computeIfAbsent(attempt.learner(), learner -> new HashMap<>())
                        .merge(attempt.questionId(), 1L, Long::sum);
            } else if (attempt.acknowledged()) {
                acknowledgedNotStored++;
            }
        }
        long started = System.nanoTime();
        long deadline = started + settle.toNanos();
        Counts counts;
        do {
            counts = count(tokens, storedByLearner, storedByQuestion);
            if (counts.matches() || System.nanoTime() > deadline) {
                break;
            }
            LearnerApi.pause(Duration.ofSeconds(3));
        } while (true);
        return new Result(attempts.size(), acknowledged, stored, acknowledgedNotStored, inUnfinishedExams, counts.analytics,
                counts.analyticsOver, counts.analyticsUnder, counts.recommender, counts.recommenderOver,
                counts.recommenderUnder, (System.nanoTime() - started) / 1e9);
    }

    private Counts count(List<String> tokens, Map<Integer, Long> storedByLearner,
                         Map<Integer, Map<String, Long>> storedByQuestion) {
        Counts counts = new Counts();
        for (int learner = 0; learner < tokens.size(); learner++) {
            long expected = storedByLearner.getOrDefault(learner, 0L);
            long analytics = api.totalAnswered(tokens.get(learner));
            counts.analytics += analytics;
            counts.analyticsOver += Math.max(0, analytics - expected);
            counts.analyticsUnder += Math.max(0, expected - analytics);
            for (Map.Entry<String, Long> question : storedByQuestion.getOrDefault(learner, Map.of()).entrySet()) {
                long reps = api.reviews(tokens.get(learner), question.getKey());
                counts.recommender += reps;
                counts.recommenderOver += Math.max(0, reps - question.getValue());
                counts.recommenderUnder += Math.max(0, question.getValue() - reps);
            }
        }
        return counts;
    }

    private static final class Counts {
        long analytics;
        long analyticsOver;
        long analyticsUnder;
        long recommender;
        long recommenderOver;
        long recommenderUnder;

        boolean matches() {
            return analyticsOver == 0 && analyticsUnder == 0 && recommenderOver == 0 && recommenderUnder == 0;
        }
    }
}
