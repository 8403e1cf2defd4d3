package io.mlaprep.analytics.items.domain;

import static io.mlaprep.analytics.items.domain.AttemptFixtures.concat;
import static io.mlaprep.analytics.items.domain.AttemptFixtures.correct;
import static io.mlaprep.analytics.items.domain.AttemptFixtures.descending;
import static io.mlaprep.analytics.items.domain.AttemptFixtures.incorrect;
import static io.mlaprep.analytics.items.domain.AttemptFixtures.times;
import static io.mlaprep.analytics.items.domain.AttemptFixtures.unanswered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemStatisticsEdgeCasesTest {

    private static final double TOLERANCE = 1e-9;
    private static final List<String> OPTIONS = List.of("A", "B", "C", "D");
    private static final Set<String> KEY = Set.of("A");

    @Test
    void withNoAttemptsNothingIsDefinedAndEveryRuleLacksData() {
        ItemStatistics statistics = ItemStatistics.of(List.of(), KEY, OPTIONS);

        assertThat(statistics.attempts()).isZero();
        assertThat(statistics.facility()).isEmpty();
        assertThat(statistics.discrimination()).isEmpty();
        assertThat(statistics.selectionRates()).isEmpty();
        assertThat(statistics.flags()).containsExactlyInAnyOrder(
                ItemFlag.INSUFFICIENT_ATTEMPTS_FOR_FACILITY_FLAGS,
                ItemFlag.INSUFFICIENT_ATTEMPTS_FOR_DISCRIMINATION_FLAGS);
    }

    @Test
    void aSingleAttemptHasAFacilityButNoDiscrimination() {
        ItemStatistics statistics = ItemStatistics.of(List.of(correct(12, "A")), KEY, OPTIONS);

        assertThat(statistics.facility()).hasValue(1.0);
        assertThat(statistics.discrimination()).isEmpty();
    }

    @Test
    void whenEveryAttemptIsCorrectDiscriminationIsUndefined() {
        List<Attempt> attempts = descending(25, 40, 1, "A");

        assertThat(ItemStatistics.of(attempts, KEY, OPTIONS).discrimination()).isEmpty();
    }

    @Test
    void whenEveryAttemptIsIncorrectDiscriminationIsUndefined() {
        List<Attempt> attempts = descending(25, 40, 0, "B");

        assertThat(ItemStatistics.of(attempts, KEY, OPTIONS).discrimination()).isEmpty();
    }

    @Test
    void whenEveryRestScoreIsTheSameDiscriminationIsUndefined() {
        List<Attempt> attempts = concat(times(12, correct(17, "A")), times(12, incorrect(17, "B")));

        assertThat(ItemStatistics.of(attempts, KEY, OPTIONS).discrimination()).isEmpty();
    }

    @Test
    void anItemAnsweredCorrectlyByExactlyTheStrongerExamineesHasDiscriminationOne() {
        List<Attempt> attempts = concat(times(5, correct(10, "A")), times(5, incorrect(0, "B")));

        assertThat(ItemStatistics.of(attempts, KEY, OPTIONS).discrimination().getAsDouble())
                .isCloseTo(1.0, within(TOLERANCE));
    }

    @Test
    void unansweredAttemptsCountInTheDenominatorOfEveryRateAndAsIncorrect() {
        // 4 attempts: A (correct), B, and two unanswered → A 1/4, B 1/4, C 0, D 0, unanswered 2/4; p = 1/4.
        List<Attempt> attempts = List.of(correct(9, "A"), incorrect(5, "B"), unanswered(3), unanswered(1));
        ItemStatistics statistics = ItemStatistics.of(attempts, KEY, OPTIONS);
        SelectionRates rates = statistics.selectionRates().orElseThrow();

        assertThat(statistics.facility().getAsDouble()).isCloseTo(0.25, within(TOLERANCE));
        assertThat(rates.of("A")).isCloseTo(0.25, within(TOLERANCE));
        assertThat(rates.of("B")).isCloseTo(0.25, within(TOLERANCE));
        assertThat(rates.of("C")).isZero();
        assertThat(rates.of("D")).isZero();
        assertThat(rates.unanswered()).isCloseTo(0.5, within(TOLERANCE));
    }

    @Test
    void aMultiResponseItemGetsAShareForEachOptionThatCanSumPastOne() {
        /*
         * Key {A, C}, options A–E, 5 attempts:
         *   y=9 {A,C} correct, y=8 {A,C} correct, y=6 {A,B} incorrect, y=4 {A} incorrect, y=2 unanswered.
         * Rates: A 4/5 = 0.8, B 1/5 = 0.2, C 2/5 = 0.4, D 0, E 0, unanswered 1/5 = 0.2 (options sum to 1.4).
         * p = 2/5 = 0.4.
         * Σx = 2, Σy = 29, Σy² = 81+64+36+16+4 = 201, Σxy = 17, n = 5.
         * Sxx = 2 − 4/5 = 1.2, Syy = 201 − 841/5 = 32.8, Sxy = 17 − 58/5 = 5.4,
         * r = 5.4 / √(1.2·32.8) = 5.4 / √39.36 ≈ 0.8607.
         */
        List<String> options = List.of("A", "B", "C", "D", "E");
        List<Attempt> attempts = List.of(correct(9, "A", "C"), correct(8, "A", "C"), incorrect(6, "A", "B"),
                incorrect(4, "A"), unanswered(2));
        ItemStatistics statistics = ItemStatistics.of(attempts, Set.of("A", "C"), options);
        SelectionRates rates = statistics.selectionRates().orElseThrow();

        assertThat(statistics.facility().getAsDouble()).isCloseTo(0.4, within(TOLERANCE));
        assertThat(statistics.discrimination().getAsDouble()).isCloseTo(5.4 / Math.sqrt(39.36), within(TOLERANCE));
        assertThat(rates.of("A")).isCloseTo(0.8, within(TOLERANCE));
        assertThat(rates.of("B")).isCloseTo(0.2, within(TOLERANCE));
        assertThat(rates.of("C")).isCloseTo(0.4, within(TOLERANCE));
        assertThat(rates.of("D")).isZero();
        assertThat(rates.of("E")).isZero();
        assertThat(rates.unanswered()).isCloseTo(0.2, within(TOLERANCE));
        assertThat(rates.byOption().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.4, within(TOLERANCE));
    }

    @Test
    void ratesFollowTheItemsOptionOrder() {
        List<String> options = List.of("D", "B", "A", "C");
        ItemStatistics statistics = ItemStatistics.of(List.of(correct(1, "A")), KEY, options);

        assertThat(statistics.selectionRates().orElseThrow().byOption().keySet()).containsExactlyElementsOf(options);
    }

    @Test
    void aSelectionOutsideTheOptionsIsRejected() {
        assertThatThrownBy(() -> ItemStatistics.of(List.of(incorrect(3, "Z")), KEY, OPTIONS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyOutsideTheOptionsIsRejected() {
        assertThatThrownBy(() -> ItemStatistics.of(List.of(), Set.of("Z"), OPTIONS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyKeyIsRejected() {
        assertThatThrownBy(() -> ItemStatistics.of(List.of(), Set.of(), OPTIONS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void duplicateOptionIdsAreRejected() {
        assertThatThrownBy(() -> ItemStatistics.of(List.of(), KEY, List.of("A", "B", "A")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anItemScoreOtherThanZeroOrOneIsRejected() {
        assertThatThrownBy(() -> new Attempt(5, 2, Set.of("A"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegativeRestScoreIsRejected() {
        assertThatThrownBy(() -> new Attempt(-1, 1, Set.of("A"))).isInstanceOf(IllegalArgumentException.class);
    }
}
