package io.mlaprep.recommender.memory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FsrsTest {

    private static final Instant START = Instant.parse("2025-03-10T09:15:00Z");

    private final Fsrs fsrs = new Fsrs();

    /** Three Good reviews, each on its due date. */
    private MemoryState wellLearned() {
        MemoryState state = fsrs.review(null, Grade.GOOD, START);
        for (int i = 0; i < 2; i++) {
            state = fsrs.review(state, Grade.GOOD, state.due());
        }
        return state;
    }

    @Test
    void theFirstReviewStartsFromTheInitialStabilityOfItsGrade() {
        MemoryState state = fsrs.firstReview(Grade.GOOD, START);

        assertThat(state.stability()).isEqualTo(2.3065);
        assertThat(state.reps()).isEqualTo(1);
        assertThat(state.lapses()).isZero();
        assertThat(state.lastReview()).isEqualTo(START);
        // Intervals are forced to Again < Hard < Good < Easy, which pushes the first Good from 2 to 3 days.
        assertThat(state.due()).isEqualTo(START.plus(Duration.ofDays(3)));
    }

    @Test
    void againShortensTheNextIntervalComparedWithGood() {
        MemoryState prior = wellLearned();

        MemoryState again = fsrs.review(prior, Grade.AGAIN, prior.due());
        MemoryState good = fsrs.review(prior, Grade.GOOD, prior.due());

        assertThat(again.scheduledDays()).isLessThan(good.scheduledDays());
        assertThat(again.stability()).isLessThan(prior.stability());
        assertThat(again.lapses()).isEqualTo(prior.lapses() + 1);
        assertThat(good.lapses()).isEqualTo(prior.lapses());
    }

    @Test
    void easyGivesALongerIntervalThanGood() {
        MemoryState prior = wellLearned();

        MemoryState easy = fsrs.review(prior, Grade.EASY, prior.due());
        MemoryState good = fsrs.review(prior, Grade.GOOD, prior.due());

        assertThat(easy.scheduledDays()).isGreaterThan(good.scheduledDays());
        assertThat(easy.difficulty()).isLessThan(good.difficulty());
    }

    @Test
    void hardGivesAShorterIntervalThanGood() {
        MemoryState prior = wellLearned();

        MemoryState hard = fsrs.review(prior, Grade.HARD, prior.due());
        MemoryState good = fsrs.review(prior, Grade.GOOD, prior.due());

        assertThat(hard.scheduledDays()).isLessThan(good.scheduledDays());
        assertThat(hard.difficulty()).isGreaterThan(good.difficulty());
    }

    @Test
    void retrievabilityAtDueIsTheDesiredRetention() {
        MemoryState state = wellLearned();
        assertThat(state.stability()).isGreaterThan(10); // so rounding the interval to whole days barely matters

        assertThat(fsrs.retrievability(state, state.due()))
                .isCloseTo(fsrs.parameters().requestRetention(), within(0.005));
    }

    @Test
    void retrievabilityDecaysWithTime() {
        MemoryState state = wellLearned();
        Instant last = state.lastReview();

        double justReviewed = fsrs.retrievability(state, last);
        double afterAWeek = fsrs.retrievability(state, last.plus(Duration.ofDays(7)));
        double afterAMonth = fsrs.retrievability(state, last.plus(Duration.ofDays(30)));
        double afterAYear = fsrs.retrievability(state, last.plus(Duration.ofDays(365)));

        assertThat(justReviewed).isEqualTo(1.0);
        assertThat(afterAWeek).isLessThan(justReviewed);
        assertThat(afterAMonth).isLessThan(afterAWeek);
        assertThat(afterAYear).isLessThan(afterAMonth).isPositive();
    }

    @Test
    void retrievabilityCountsWholeDaysSinceTheLastReview() {
        MemoryState state = wellLearned();
        Instant last = state.lastReview();

        assertThat(fsrs.retrievability(state, last.plus(Duration.ofHours(23))))
                .isEqualTo(fsrs.retrievability(state, last));
        assertThat(fsrs.retrievability(state, last.plus(Duration.ofHours(25))))
                .isLessThan(fsrs.retrievability(state, last));
    }

    @Test
    void stabilityIsRoundedToEightDecimalsExactlyAsJavaScriptToFixedDoes() {
        Random random = new Random(8);
        for (int i = 0; i < 50_000; i++) {
            double magnitude = StrictMath.pow(10, random.nextInt(13) - 4); // 1e-4 … 1e8
            double x = random.nextDouble() * magnitude;
            double roundedTo8 = Math.round(x * 1e8) / 1e8; // the form stored stabilities have
            for (double value : new double[] {x, roundedTo8, Math.nextUp(roundedTo8), 0.5e-8 * (2 * i + 1)}) {
                assertThat(Fsrs.toFixed8(value)).as("toFixed8(%s)", value).isEqualTo(Double.parseDouble(
                        new BigDecimal(value).setScale(8, RoundingMode.HALF_UP).toPlainString()));
            }
        }
    }

    @Test
    void reviewsOnEitherSideOfUtcMidnightAreOneDayApart() {
        Instant beforeMidnight = Instant.parse("2025-03-10T23:59:00Z");
        MemoryState first = fsrs.review(null, Grade.GOOD, beforeMidnight);

        MemoryState sameDay = fsrs.review(first, Grade.GOOD, Instant.parse("2025-03-10T23:59:30Z"));
        MemoryState nextDay = fsrs.review(first, Grade.GOOD, Instant.parse("2025-03-11T00:01:00Z"));

        // Same calendar day: zero elapsed days, so a recalled card gains no stability.
        assertThat(sameDay.stability()).isEqualTo(first.stability());
        assertThat(nextDay.stability()).isGreaterThan(first.stability());
    }

    @Test
    void aReviewOlderThanTheLastOneCountsAsZeroElapsedDaysAtTheLastReview() {
        MemoryState prior = wellLearned();
        Instant late = prior.lastReview().minus(Duration.ofDays(20));

        MemoryState outOfOrder = fsrs.review(prior, Grade.GOOD, late);
        MemoryState atLastReview = fsrs.review(prior, Grade.GOOD, prior.lastReview());

        assertThat(outOfOrder).isEqualTo(atLastReview);
        assertThat(outOfOrder.lastReview()).isEqualTo(prior.lastReview());
    }

    @Test
    void intervalsAreRoundedAndClampedToTheMaximum() {
        assertThat(fsrs.nextIntervalDays(0.2)).isEqualTo(1);
        assertThat(fsrs.nextIntervalDays(12.5)).isEqualTo(13);
        assertThat(fsrs.nextIntervalDays(1e9)).isEqualTo(36_500);
    }

    @Test
    void parametersCannotBeChangedThroughTheirWeights() {
        FsrsParameters parameters = FsrsParameters.defaults();

        parameters.weights()[0] = 99;

        assertThat(parameters.weights()[0]).isEqualTo(0.212);
        assertThat(parameters).isEqualTo(FsrsParameters.defaults());
    }
}
