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

    /**
     * Every answer's {@link #after} at once, as whole days to the next review: what feedback shows after any answer
     * given on {@code at}'s day (UTC), since FSRS counts elapsed time in calendar days.
     *
     * @param current the item's memory now, or {@code null} if the learner never answered it
     */
    public AnswerOutlook outlook(MemoryState current, Instant at) {
        return new AnswerOutlook(days(current, false, at), days(current, true, at));
    }

    private AnswerOutlook.Days days(MemoryState current, boolean correct, Instant at) {
        return new AnswerOutlook.Days(after(current, correct, null, at).scheduledDays(),
                after(current, correct, Confidence.LOW, at).scheduledDays(),
                after(current, correct, Confidence.MEDIUM, at).scheduledDays(),
                after(current, correct, Confidence.HIGH, at).scheduledDays());
    }
}
