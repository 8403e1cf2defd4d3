package io.mlaprep.recommender.review.web;

import io.mlaprep.recommender.review.domain.DueItem;
import java.time.Instant;
import java.util.List;

/** The review queue's internal payloads. */
final class ReviewViews {

    private ReviewViews() {
    }

    /**
     * @param dueCount  how many are due in all (the items may be fewer: the limit)
     * @param nextDueAt when the next review after now falls, or null if none is scheduled
     */
    record DueQuestions(List<DueItem> items, int dueCount, Instant nextDueAt) {
    }

    /** @param intervalDays whole days from the answer to {@code nextReviewAt} */
    record Preview(String questionId, Instant nextReviewAt, long intervalDays, double stability, double difficulty,
                   int reps, int lapses) {
    }
}
