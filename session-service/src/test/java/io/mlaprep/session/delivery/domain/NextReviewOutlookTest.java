package io.mlaprep.session.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextReviewOutlookTest {

    private static final NextReviewOutlook OUTLOOK = new NextReviewOutlook(LocalDate.parse("2026-12-05"),
            List.of(1, 2, 3, 4), List.of(10, 20, 30, 40));

    @Test
    void eachAnswerReadsItsOwnIntervalByOutcomeAndConfidence() {
        Instant at = Instant.parse("2026-12-05T13:14:15.161Z");

        assertThat(OUTLOOK.after(false, null, at)).contains(at.plus(Duration.ofDays(1)));
        assertThat(OUTLOOK.after(false, Confidence.LOW, at)).contains(at.plus(Duration.ofDays(2)));
        assertThat(OUTLOOK.after(false, Confidence.MEDIUM, at)).contains(at.plus(Duration.ofDays(3)));
        assertThat(OUTLOOK.after(false, Confidence.HIGH, at)).contains(at.plus(Duration.ofDays(4)));
        assertThat(OUTLOOK.after(true, null, at)).contains(at.plus(Duration.ofDays(10)));
        assertThat(OUTLOOK.after(true, Confidence.LOW, at)).contains(at.plus(Duration.ofDays(20)));
        assertThat(OUTLOOK.after(true, Confidence.MEDIUM, at)).contains(at.plus(Duration.ofDays(30)));
        assertThat(OUTLOOK.after(true, Confidence.HIGH, at)).contains(at.plus(Duration.ofDays(40)));
    }

    @Test
    void itHoldsForItsUtcDayOnlyAndCountsFromTheAnswerToTheMillisecond() {
        assertThat(OUTLOOK.after(true, null, Instant.parse("2026-12-05T00:00:00Z")))
                .contains(Instant.parse("2026-12-15T00:00:00Z"));
        assertThat(OUTLOOK.after(true, null, Instant.parse("2026-12-05T23:59:59.999999Z")))
                .contains(Instant.parse("2026-12-15T23:59:59.999Z"));
        assertThat(OUTLOOK.after(true, null, Instant.parse("2026-12-04T23:59:59.999Z"))).isEmpty();
        assertThat(OUTLOOK.after(true, null, Instant.parse("2026-12-06T00:00:00Z"))).isEmpty();
    }

    @Test
    void anOutlookNeedsAnIntervalForEveryConfidence() {
        assertThatThrownBy(() -> new NextReviewOutlook(LocalDate.parse("2026-12-05"), List.of(1, 2, 3),
                List.of(1, 2, 3, 4))).isInstanceOf(IllegalArgumentException.class);
    }
}
