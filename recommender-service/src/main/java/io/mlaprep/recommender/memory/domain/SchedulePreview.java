package io.mlaprep.recommender.memory.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The memory an answer would leave, computed by the same {@link Fsrs#answer} the learner model applies when the
 * answer event arrives, and kept nowhere. An answer the model has applied already (the memory's last review is at
 * the answer's instant: the event overtook the preview, or the client asks again) is not applied a second time.
 */
public final class SchedulePreview {

    private final Fsrs fsrs;

    public SchedulePreview(Fsrs fsrs) {
        this.fsrs = Objects.requireNonNull(fsrs, "fsrs");
    }

    /** @param current the item's memory now, or {@code null} if the learner never answered it */
    public MemoryState after(MemoryState current, boolean correct, Confidence confidence, Instant answeredAt) {
        Instant at = answeredAt.truncatedTo(ChronoUnit.MILLIS);
        if (current != null && current.lastReview().equals(at)) {
            return current;
        }
        return fsrs.answer(current, correct, confidence, at);
    }
}
