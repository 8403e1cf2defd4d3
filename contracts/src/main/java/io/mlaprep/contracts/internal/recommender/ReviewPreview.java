package io.mlaprep.contracts.internal.recommender;

import java.time.Instant;

/**
 * When FSRS would schedule a question next after an answer, and the memory it would leave; nothing changes.
 *
 * @param intervalDays whole days from the answer to {@code nextReviewAt}
 */
public record ReviewPreview(String questionId, Instant nextReviewAt, long intervalDays, double stability,
                            double difficulty, int reps, int lapses) {
}
