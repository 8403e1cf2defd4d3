package io.mlaprep.bench;

import java.util.Set;

/**
 * When a fault lasted, in epoch milliseconds: from its start until the parts it took down were back, plus
 * {@code graceMillis} in which clients reconnect and circuit breakers close again.
 */
record FaultWindow(String fault, Set<StackPart> down, long startMillis, long backMillis, long graceMillis, String failure) {

    FaultWindow {
        down = Set.copyOf(down);
    }

    boolean whileDown(long atMillis) {
        return atMillis >= startMillis && atMillis <= backMillis;
    }

    boolean inGrace(long atMillis) {
        return atMillis > backMillis && atMillis <= backMillis + graceMillis;
    }

    double seconds() {
        return (backMillis - startMillis) / 1000.0;
    }
}
