package io.mlaprep.bench;

import java.util.Set;

/**
 * One fault of the drill: what it does to the stack, and which parts it takes down on purpose (a learner's request
 * that needs one of them may fail while it lasts; any other failure is one the stack should not have shown).
 */
record Fault(String name, Set<StackPart> down, Action action) {

    Fault {
        down = Set.copyOf(down);
    }

    /** Does the fault and returns once the stack has everything back (or throws when it does not come back). */
    @FunctionalInterface
    interface Action {
        void run(StackControl stack) throws Exception;
    }
}
