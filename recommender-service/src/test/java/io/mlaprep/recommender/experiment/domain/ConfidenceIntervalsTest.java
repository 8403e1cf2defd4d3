package io.mlaprep.recommender.experiment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Values checked by hand and against Newcombe (1998), "Interval estimation for the difference between proportions". */
class ConfidenceIntervalsTest {

    private static final Offset<Double> FOUR_PLACES = within(0.00005);

    @Test
    void wilsonIntervalOfFiveInTen() {
        Interval interval = ConfidenceIntervals.wilson(5, 10);

        assertThat(interval.low()).isCloseTo(0.2366, FOUR_PLACES);
        assertThat(interval.high()).isCloseTo(0.7634, FOUR_PLACES);
    }

    @Test
    void wilsonIntervalsAtTheEdgesStayInsideZeroToOne() {
        assertThat(ConfidenceIntervals.wilson(0, 10).low()).isEqualTo(0.0);
        assertThat(ConfidenceIntervals.wilson(0, 10).high()).isCloseTo(0.2775, FOUR_PLACES);
        assertThat(ConfidenceIntervals.wilson(10, 10).low()).isCloseTo(0.7225, FOUR_PLACES);
        assertThat(ConfidenceIntervals.wilson(10, 10).high()).isEqualTo(1.0);
        assertThat(ConfidenceIntervals.wilson(0, 0)).isNull();
    }

    @Test
    void wilsonIntervalsOfNewcombesExample() {
        assertThat(ConfidenceIntervals.wilson(56, 70).low()).isCloseTo(0.6918, FOUR_PLACES);
        assertThat(ConfidenceIntervals.wilson(56, 70).high()).isCloseTo(0.8770, FOUR_PLACES);
        assertThat(ConfidenceIntervals.wilson(48, 80).low()).isCloseTo(0.4905, FOUR_PLACES);
        assertThat(ConfidenceIntervals.wilson(48, 80).high()).isCloseTo(0.7004, FOUR_PLACES);
    }

    @Test
    void differenceOfProportionsIsNewcombesHybridScoreInterval() {
        Interval difference = ConfidenceIntervals.differenceOfProportions(56, 70, 48, 80);

        assertThat(difference.low()).isCloseTo(0.0524, FOUR_PLACES);
        assertThat(difference.high()).isCloseTo(0.3339, FOUR_PLACES);
        assertThat(ConfidenceIntervals.differenceOfProportions(1, 2, 0, 0)).isNull();
    }

    @Test
    void meanIntervalUsesTheSampleStandardDeviation() {
        // mean 5, sample sd √(32/7) = 2.13809, se 0.75593, ± 1.95996 · se = ± 1.48159
        Interval interval = ConfidenceIntervals.ofMean(List.of(2, 4, 4, 4, 5, 5, 7, 9));

        assertThat(ConfidenceIntervals.mean(List.of(2, 4, 4, 4, 5, 5, 7, 9))).isEqualTo(5.0);
        assertThat(interval.low()).isCloseTo(3.5184, FOUR_PLACES);
        assertThat(interval.high()).isCloseTo(6.4816, FOUR_PLACES);
    }

    @Test
    void aMeanOfFewerThanTwoValuesHasNoInterval() {
        assertThat(ConfidenceIntervals.ofMean(List.of(7))).isNull();
        assertThat(ConfidenceIntervals.mean(List.of(7))).isEqualTo(7.0);
        assertThat(ConfidenceIntervals.mean(List.of())).isNull();
        assertThat(ConfidenceIntervals.differenceOfMeans(List.of(1, 2), List.of(3))).isNull();
    }

    @Test
    void differenceOfMeansUsesUnpooledVariances() {
        // means 5 and 2, sds 1 and 1: se √(1/3 + 1/3) = 0.81650, ± 1.60032
        Interval difference = ConfidenceIntervals.differenceOfMeans(List.of(4, 5, 6), List.of(1, 2, 3));

        assertThat(difference.low()).isCloseTo(1.3997, FOUR_PLACES);
        assertThat(difference.high()).isCloseTo(4.6003, FOUR_PLACES);
    }
}
