package io.mlaprep.recommender.memory.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The memory an answer would leave, computed by the same {@link Fsrs#answer} the learner model applies when the
 * answer event arrives, and kept nowhere. An answer the model has applied already (the memory's last review is at
 * the answer's instant: the event overtook the preview, or the client asks again) is not applied a second time.
 */
public final class SchedulePreview {

    /** None first, then by {@link Confidence}'s order, as {@link AnswerOutlook.Days} lists them. */
    private static final List<Confidence> CONFIDENCES_AND_NONE =
            Arrays.asList(null, Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH);

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
     * given on {@code at}'s day (UTC), since FSRS counts elapsed time in calendar days. Answers of the same grade
     * (every wrong one; right with MEDIUM or no confidence) are reviewed once.
     *
     * @param current the item's memory now, or {@code null} if the learner never answered it
     */
    public AnswerOutlook outlook(MemoryState current, Instant at) {
        Map<Grade, Integer> byGrade = new EnumMap<>(Grade.class);
        return new AnswerOutlook(days(current, false, at, byGrade), days(current, true, at, byGrade));
    }

    private AnswerOutlook.Days days(MemoryState current, boolean correct, Instant at, Map<Grade, Integer> byGrade) {
        List<Integer> days = new ArrayList<>(CONFIDENCES_AND_NONE.size());
        for (Confidence confidence : CONFIDENCES_AND_NONE) {
            days.add(byGrade.computeIfAbsent(Grade.fromAnswer(correct, confidence),
                    grade -> Math.toIntExact(after(current, correct, confidence, at).scheduledDays())));
        }
        return new AnswerOutlook.Days(days.get(0), days.get(1), days.get(2), days.get(3));
    }
}
