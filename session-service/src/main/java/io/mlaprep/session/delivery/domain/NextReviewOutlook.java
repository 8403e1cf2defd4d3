package io.mlaprep.session.delivery.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When the recommender's FSRS would schedule an item next after each answer the learner could give to it on the day
 * {@code on} (UTC), from the learner's memory as it was when the session started: feedback reads it here instead of
 * asking the recommender for every answer. FSRS counts elapsed time in calendar days, so on another day it says
 * nothing.
 *
 * @param wrong days to the next review after a wrong answer, by the confidence given: none, LOW, MEDIUM, HIGH
 * @param right the same after a right answer
 */
public record NextReviewOutlook(LocalDate on, List<Integer> wrong, List<Integer> right) {

    private static final int BY_CONFIDENCE = Confidence.values().length + 1;

    public NextReviewOutlook {
        Objects.requireNonNull(on, "on");
        wrong = List.copyOf(wrong);
        right = List.copyOf(right);
        if (wrong.size() != BY_CONFIDENCE || right.size() != BY_CONFIDENCE) {
            throw new IllegalArgumentException("an outlook has " + BY_CONFIDENCE + " intervals for each outcome, got "
                    + wrong + " and " + right);
        }
    }

    /** The next review after this answer, or empty when it was given on a day other than {@link #on}. */
    public Optional<Instant> after(boolean correct, Confidence confidence, Instant answeredAt) {
        Instant at = answeredAt.truncatedTo(ChronoUnit.MILLIS);
        if (!at.atOffset(ZoneOffset.UTC).toLocalDate().equals(on)) {
            return Optional.empty();
        }
        int days = (correct ? right : wrong).get(confidence == null ? 0 : confidence.ordinal() + 1);
        return Optional.of(at.plus(Duration.ofDays(days)));
    }
}
