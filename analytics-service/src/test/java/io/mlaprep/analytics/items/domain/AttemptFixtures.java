package io.mlaprep.analytics.items.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

final class AttemptFixtures {

    private AttemptFixtures() {
    }

    static Attempt correct(int restScore, String... selected) {
        return new Attempt(restScore, 1, Set.of(selected));
    }

    static Attempt incorrect(int restScore, String... selected) {
        return new Attempt(restScore, 0, Set.of(selected));
    }

    static Attempt unanswered(int restScore) {
        return new Attempt(restScore, 0, Set.of());
    }

    static List<Attempt> times(int count, Attempt attempt) {
        return Collections.nCopies(count, attempt);
    }

    @SafeVarargs
    static List<Attempt> concat(List<Attempt>... parts) {
        List<Attempt> all = new ArrayList<>();
        for (List<Attempt> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    /** {@code count} attempts with rest scores from {@code highestRest} downwards, one point apart. */
    static List<Attempt> descending(int count, int highestRest, int itemScore, String... selected) {
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            attempts.add(new Attempt(highestRest - i, itemScore, Set.of(selected)));
        }
        return attempts;
    }
}
