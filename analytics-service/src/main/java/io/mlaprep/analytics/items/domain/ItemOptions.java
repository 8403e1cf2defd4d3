package io.mlaprep.analytics.items.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Checks on an item's option ids, key and selections, shared by both ways of computing statistics. */
final class ItemOptions {

    private ItemOptions() {
    }

    static void requireValid(List<String> optionIds) {
        Objects.requireNonNull(optionIds, "optionIds");
        if (optionIds.isEmpty()) {
            throw new IllegalArgumentException("an item needs at least one option");
        }
        Set<String> seen = new HashSet<>();
        for (String id : optionIds) {
            if (id == null || id.isBlank() || !seen.add(id)) {
                throw new IllegalArgumentException("option ids must be non-blank and distinct: " + optionIds);
            }
        }
    }

    static void requireValidKey(Set<String> key, List<String> optionIds) {
        requireValid(optionIds);
        Objects.requireNonNull(key, "key");
        if (key.isEmpty() || !optionIds.containsAll(key)) {
            throw new IllegalArgumentException("key " + key + " must be a non-empty subset of " + optionIds);
        }
    }

    static void requireSelectionsAmong(Attempt attempt, Collection<String> optionIds) {
        if (!optionIds.containsAll(attempt.selectedOptionIds())) {
            throw new IllegalArgumentException(
                    "selection " + attempt.selectedOptionIds() + " is not among the options " + optionIds);
        }
    }
}
