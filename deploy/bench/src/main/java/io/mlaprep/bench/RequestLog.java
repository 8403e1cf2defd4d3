package io.mlaprep.bench;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every learner request of the drill's load: when it ended, its name, its status (0: no response) and whether that
 * was the status expected.
 */
final class RequestLog {

    record Outcome(long atMillis, String request, int status, boolean ok) {
    }

    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

    void record(String request, int status, int expected) {
        outcomes.add(new Outcome(System.currentTimeMillis(), request, status, status == expected));
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }
}
