package io.mlaprep.contracts.internal.recommender;

import java.time.Instant;
import java.util.List;

/**
 * The questions due for review, most overdue first.
 *
 * @param dueCount  how many are due in all (the items may be fewer: the limit)
 * @param nextDueAt when the next review after now falls, or null if none is scheduled
 */
public record DueQuestions(List<Item> items, int dueCount, Instant nextDueAt) {

    /**
     * @param due            when FSRS scheduled it
     * @param retrievability the recall probability now
     * @param explanation    why, in the learner's words
     */
    public record Item(String questionId, int domain, String taskStatement, Instant due, double retrievability,
                       String explanation) {
    }
}
