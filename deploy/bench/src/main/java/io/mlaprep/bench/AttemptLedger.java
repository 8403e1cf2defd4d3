package io.mlaprep.bench;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every answer the drill's learners tried to give: the item (session, position, question) and whether the stack
 * acknowledged it (the PUT returned 200). A PUT that failed may still have been stored (a service killed after its
 * write, before its reply), so what counts is read back from the sessions afterwards ({@link DeliveryCheck}).
 */
final class AttemptLedger {

    /** @param exam an exam's answer, which counts only once its exam has finished */
    record Attempt(int learner, String sessionId, int n, String questionId, boolean exam, boolean acknowledged) {
    }

    private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();

    void attempted(int learner, String sessionId, int n, String questionId, boolean exam, boolean acknowledged) {
        attempts.add(new Attempt(learner, sessionId, n, questionId, exam, acknowledged));
    }

    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }
}
