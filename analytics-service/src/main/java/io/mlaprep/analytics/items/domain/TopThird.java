package io.mlaprep.analytics.items.domain;

import java.util.List;
import java.util.Set;

/**
 * The attempts with the highest rest scores: the first ⌈n/3⌉ by rest score, descending, plus every attempt tied
 * with the last of them. Ties are taken in whole rather than cut arbitrarily so that the group, and any flag judged
 * on it, does not depend on the order the attempts arrive in; the group may therefore exceed a third.
 */
final class TopThird {

    private TopThird() {
    }

    static List<Attempt> of(List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return List.of();
        }
        int[] restScores = attempts.stream().mapToInt(Attempt::restScore).sorted().toArray();
        int size = (attempts.size() + 2) / 3;
        int cutoff = restScores[restScores.length - size];
        return attempts.stream().filter(attempt -> attempt.restScore() >= cutoff).toList();
    }

    /**
     * Whether, in the top third, some distractor was selected more often than the least-selected key option. A tie
     * does not count. Unanswered attempts select nothing, so they count for no option.
     */
    static boolean distractorBeatsKey(List<Attempt> attempts, Set<String> key, List<String> optionIds) {
        List<Attempt> top = of(attempts);
        long leastChosenKeyOption = key.stream()
                .mapToLong(option -> timesSelected(option, top))
                .min()
                .orElseThrow();
        long mostChosenDistractor = optionIds.stream()
                .filter(option -> !key.contains(option))
                .mapToLong(option -> timesSelected(option, top))
                .max()
                .orElse(0);
        return mostChosenDistractor > leastChosenKeyOption;
    }

    private static long timesSelected(String option, List<Attempt> attempts) {
        return attempts.stream().filter(attempt -> attempt.selectedOptionIds().contains(option)).count();
    }
}
