package io.mlaprep.analytics.items.domain;

import java.util.Objects;
import java.util.Set;

/**
 * One examinee's encounter with the item in an exam simulation.
 *
 * @param restScore         the examinee's score on the rest of that exam, this item excluded, so that the item is
 *                          not correlated with itself
 * @param itemScore         1 when this item was answered correctly, else 0; taken as given, not re-derived from the
 *                          selection, so that attempts scored under an earlier key keep their recorded score
 * @param selectedOptionIds the options the examinee selected, empty when the item was left unanswered
 */
public record Attempt(int restScore, int itemScore, Set<String> selectedOptionIds) {

    public Attempt {
        if (restScore < 0) {
            throw new IllegalArgumentException("rest score must not be negative: " + restScore);
        }
        if (itemScore != 0 && itemScore != 1) {
            throw new IllegalArgumentException("item score must be 0 or 1: " + itemScore);
        }
        selectedOptionIds = Set.copyOf(Objects.requireNonNull(selectedOptionIds, "selectedOptionIds"));
    }

    public boolean isCorrect() {
        return itemScore == 1;
    }

    public boolean isUnanswered() {
        return selectedOptionIds.isEmpty();
    }
}
