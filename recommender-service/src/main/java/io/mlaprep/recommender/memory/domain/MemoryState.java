package io.mlaprep.recommender.memory.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * FSRS memory state of one item after at least one review.
 *
 * <p>With long-term scheduling every reviewed card is in ts-fsrs's {@code Review} state, so no card state is
 * stored: "never reviewed" ({@code New}) is represented by having no {@code MemoryState} at all.
 *
 * @param stability  days until retrievability falls to 90%
 * @param difficulty 1 (easiest) to 10 (hardest)
 * @param reps       number of reviews so far
 * @param lapses     number of {@link Grade#AGAIN} answers after the first review
 * @param lastReview instant of the most recent review
 * @param due        when the next review is scheduled
 */
public record MemoryState(
        double stability, double difficulty, int reps, int lapses, Instant lastReview, Instant due) {

    public MemoryState {
        Objects.requireNonNull(lastReview, "lastReview");
        Objects.requireNonNull(due, "due");
        if (!(stability > 0) || !(difficulty >= 1 && difficulty <= 10)) {
            throw new IllegalArgumentException(
                    "invalid memory state: stability=" + stability + ", difficulty=" + difficulty);
        }
        if (reps < 1 || lapses < 0 || due.isBefore(lastReview)) {
            throw new IllegalArgumentException(
                    "invalid memory state: reps=" + reps + ", lapses=" + lapses + ", due before lastReview");
        }
    }

    /** Whole days between the last review and the due date (ts-fsrs {@code scheduled_days}). */
    public long scheduledDays() {
        return Duration.between(lastReview, due).toDays();
    }
}
