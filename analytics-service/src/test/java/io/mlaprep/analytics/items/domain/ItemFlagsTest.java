package io.mlaprep.analytics.items.domain;

import static io.mlaprep.analytics.items.domain.AttemptFixtures.concat;
import static io.mlaprep.analytics.items.domain.AttemptFixtures.correct;
import static io.mlaprep.analytics.items.domain.AttemptFixtures.descending;
import static io.mlaprep.analytics.items.domain.AttemptFixtures.incorrect;
import static io.mlaprep.analytics.items.domain.AttemptFixtures.times;
import static io.mlaprep.analytics.items.domain.AttemptFixtures.unanswered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemFlagsTest {

    private static final List<String> OPTIONS = List.of("A", "B", "C", "D");
    private static final Set<String> KEY = Set.of("A");
    private static final Set<String> TWO_KEYS = Set.of("A", "C");

    private static Set<ItemFlag> flagsOf(List<Attempt> attempts) {
        return ItemStatistics.of(attempts, KEY, OPTIONS).flags();
    }

    /** {@code correctCount} correct attempts and the rest incorrect, rest scores spread so discrimination is high. */
    private static List<Attempt> withCorrect(int total, int correctCount) {
        return concat(descending(correctCount, 100, 1, "A"), descending(total - correctCount, 50, 0, "B"));
    }

    @Test
    void anItemAnsweredCorrectlyByOneInTenIsTooHard() {
        assertThat(flagsOf(withCorrect(10, 1))).contains(ItemFlag.TOO_HARD);
    }

    @Test
    void anItemAnsweredCorrectlyByExactlyTwoInTenIsNotTooHard() {
        assertThat(flagsOf(withCorrect(10, 2))).doesNotContain(ItemFlag.TOO_HARD);
    }

    @Test
    void anItemAnsweredCorrectlyByThirtyNineInFortyIsTooEasy() {
        assertThat(flagsOf(withCorrect(40, 39))).contains(ItemFlag.TOO_EASY);
    }

    @Test
    void anItemAnsweredCorrectlyByExactlyNineteenInTwentyIsNotTooEasy() {
        assertThat(flagsOf(withCorrect(20, 19))).doesNotContain(ItemFlag.TOO_EASY);
    }

    @Test
    void facilityIsNotJudgedOnFewerThanTenAttempts() {
        Set<ItemFlag> flags = flagsOf(times(9, incorrect(5, "B")));

        assertThat(flags).doesNotContain(ItemFlag.TOO_HARD)
                .contains(ItemFlag.INSUFFICIENT_ATTEMPTS_FOR_FACILITY_FLAGS);
    }

    @Test
    void facilityIsJudgedFromTenAttempts() {
        Set<ItemFlag> flags = flagsOf(times(10, incorrect(5, "B")));

        assertThat(flags).contains(ItemFlag.TOO_HARD)
                .doesNotContain(ItemFlag.INSUFFICIENT_ATTEMPTS_FOR_FACILITY_FLAGS);
    }

    /**
     * Ten incorrect attempts with rest scores 0..9 and ten correct ones with the same scores, except that the lowest
     * {@code raised} correct ones score one more: r = 10·raised / √(100 · (20Σy² − (Σy)²)).
     */
    private static List<Attempt> slightlyDiscriminating(int raised) {
        List<Attempt> attempts = new ArrayList<>();
        for (int rest = 0; rest < 10; rest++) {
            attempts.add(incorrect(rest, OPTIONS.get(1 + rest % 3)));
            attempts.add(correct(rest < raised ? rest + 1 : rest, "A"));
        }
        return attempts;
    }

    @Test
    void discriminationJustBelowFifteenHundredthsIsLow() {
        List<Attempt> attempts = slightlyDiscriminating(8);
        ItemStatistics statistics = ItemStatistics.of(attempts, KEY, OPTIONS);

        // r = 80 / √(100·3076)
        assertThat(statistics.discrimination().getAsDouble()).isCloseTo(0.14424, within(1e-5));
        assertThat(statistics.flags()).contains(ItemFlag.LOW_DISCRIMINATION);
    }

    @Test
    void discriminationJustAboveFifteenHundredthsIsNotLow() {
        List<Attempt> attempts = slightlyDiscriminating(9);
        ItemStatistics statistics = ItemStatistics.of(attempts, KEY, OPTIONS);

        // r = 90 / √(100·3219)
        assertThat(statistics.discrimination().getAsDouble()).isCloseTo(0.15863, within(1e-5));
        assertThat(statistics.flags()).doesNotContain(ItemFlag.LOW_DISCRIMINATION);
    }

    /** Correct answers come from the weaker examinees: negative discrimination. */
    private static List<Attempt> negativelyDiscriminating(int total) {
        int correctCount = total / 2;
        return concat(descending(correctCount, correctCount, 1, "A"),
                descending(total - correctCount, 100, 0, "B"));
    }

    @Test
    void discriminationIsNotJudgedOnFewerThanTwentyAttempts() {
        ItemStatistics statistics = ItemStatistics.of(negativelyDiscriminating(19), KEY, OPTIONS);

        assertThat(statistics.discrimination().getAsDouble()).isNegative();
        assertThat(statistics.flags()).doesNotContain(ItemFlag.LOW_DISCRIMINATION)
                .contains(ItemFlag.INSUFFICIENT_ATTEMPTS_FOR_DISCRIMINATION_FLAGS);
    }

    @Test
    void negativeDiscriminationOnTwentyAttemptsIsLow() {
        ItemStatistics statistics = ItemStatistics.of(negativelyDiscriminating(20), KEY, OPTIONS);

        assertThat(statistics.flags()).contains(ItemFlag.LOW_DISCRIMINATION)
                .doesNotContain(ItemFlag.INSUFFICIENT_ATTEMPTS_FOR_DISCRIMINATION_FLAGS);
    }

    @Test
    void anItemEveryoneAnswersCorrectlyIsTooEasyButNotLowDiscriminationBecauseThatIsUndefined() {
        ItemStatistics statistics = ItemStatistics.of(descending(30, 60, 1, "A"), KEY, OPTIONS);

        assertThat(statistics.discrimination()).isEmpty();
        assertThat(statistics.flags()).containsExactly(ItemFlag.TOO_EASY);
    }

    @Test
    void aDistractorChosenMoreThanTheKeyInTheTopThirdIsFlagged() {
        // n = 21, top third = the 7 best (rest 30..24): key A 3 times, distractor B 4 times.
        List<Attempt> attempts = concat(
                descending(3, 30, 1, "A"), descending(4, 27, 0, "B"), descending(14, 14, 1, "A"));

        assertThat(flagsOf(attempts)).contains(ItemFlag.DISTRACTOR_BEATS_KEY_IN_TOP_THIRD);
    }

    @Test
    void aDistractorChosenAsOftenAsTheKeyInTheTopThirdIsNotFlagged() {
        // Top 7: key A 3 times, distractor B 3 times, C once.
        List<Attempt> attempts = concat(
                descending(3, 30, 1, "A"), descending(3, 27, 0, "B"), descending(1, 24, 0, "C"),
                descending(14, 14, 1, "A"));

        assertThat(flagsOf(attempts)).doesNotContain(ItemFlag.DISTRACTOR_BEATS_KEY_IN_TOP_THIRD);
    }

    @Test
    void aDistractorPopularOnlyBelowTheTopThirdIsNotFlagged() {
        List<Attempt> attempts = concat(descending(7, 30, 1, "A"), descending(14, 14, 0, "B"));

        assertThat(flagsOf(attempts)).doesNotContain(ItemFlag.DISTRACTOR_BEATS_KEY_IN_TOP_THIRD);
    }

    @Test
    void leavingTheItemUnansweredInTheTopThirdDoesNotCountAsADistractor() {
        List<Attempt> attempts = concat(
                descending(2, 30, 1, "A"), times(5, unanswered(25)), descending(14, 14, 0, "B"));

        assertThat(flagsOf(attempts)).doesNotContain(ItemFlag.DISTRACTOR_BEATS_KEY_IN_TOP_THIRD);
    }

    /** Six at rest 30 choose the key; {@code tiedAtCutoff} at rest 20 choose B, the 7th place among 21 attempts. */
    private static List<Attempt> tiedAtTheCutoff(int tiedAtCutoff) {
        return concat(times(6, correct(30, "A")), times(tiedAtCutoff, incorrect(20, "B")),
                times(21 - 6 - tiedAtCutoff, correct(5, "A")));
    }

    @Test
    void everyAttemptTiedWithTheLastPlaceOfTheTopThirdIsInTheTopThird() {
        assertThat(TopThird.of(tiedAtTheCutoff(7))).hasSize(13);
    }

    @Test
    void tiesAtTheCutoffCanMakeADistractorBeatTheKey() {
        // Top third = 6 at rest 30 (A) + all 7 tied at rest 20 (B): 7 > 6. A cut at exactly 7 would hold one B.
        assertThat(flagsOf(tiedAtTheCutoff(7))).contains(ItemFlag.DISTRACTOR_BEATS_KEY_IN_TOP_THIRD);
    }

    @Test
    void tiesAtTheCutoffThatOnlyEqualTheKeyDoNotFlag() {
        assertThat(flagsOf(tiedAtTheCutoff(6))).doesNotContain(ItemFlag.DISTRACTOR_BEATS_KEY_IN_TOP_THIRD);
    }

    @Test
    void theTopThirdVerdictDoesNotDependOnTheOrderOfAttempts() {
        Random random = new Random(7);
        for (int shuffle = 0; shuffle < 20; shuffle++) {
            List<Attempt> flagged = new ArrayList<>(tiedAtTheCutoff(7));
            List<Attempt> notFlagged = new ArrayList<>(tiedAtTheCutoff(6));
            Collections.shuffle(flagged, random);
            Collections.shuffle(notFlagged, random);

            assertThat(flagsOf(flagged)).contains(ItemFlag.DISTRACTOR_BEATS_KEY_IN_TOP_THIRD);
            assertThat(flagsOf(notFlagged)).doesNotContain(ItemFlag.DISTRACTOR_BEATS_KEY_IN_TOP_THIRD);
        }
    }

    @Test
    void aDistractorChosenMoreThanTheLeastChosenKeyOptionOfAMultiKeyItemIsFlagged() {
        // Top 7: A 7, C 3, B 4 — B trails A but beats C.
        List<Attempt> attempts = concat(
                descending(3, 30, 1, "A", "C"), descending(4, 27, 0, "A", "B"), descending(14, 14, 1, "A", "C"));

        assertThat(ItemStatistics.of(attempts, TWO_KEYS, OPTIONS).flags())
                .contains(ItemFlag.DISTRACTOR_BEATS_KEY_IN_TOP_THIRD);
    }

    @Test
    void aDistractorChosenAsOftenAsTheLeastChosenKeyOptionOfAMultiKeyItemIsNotFlagged() {
        // Top 7: A 7, C 3, B 3, D 1.
        List<Attempt> attempts = concat(
                descending(3, 30, 1, "A", "C"), descending(3, 27, 0, "A", "B"), descending(1, 24, 0, "A", "D"),
                descending(14, 14, 1, "A", "C"));

        assertThat(ItemStatistics.of(attempts, TWO_KEYS, OPTIONS).flags())
                .doesNotContain(ItemFlag.DISTRACTOR_BEATS_KEY_IN_TOP_THIRD);
    }

    /** The 7 best all choose distractor B; the others, with lower rest scores, choose the key. */
    private static List<Attempt> topThirdAllChooseB(int total) {
        return concat(descending(7, 30, 0, "B"), descending(total - 7, 14, 1, "A"));
    }

    @Test
    void aTwoOptionItemWhoseWholeTopThirdChoosesTheDistractorIsFlagged() {
        List<Attempt> attempts = concat(descending(7, 30, 0, "B"), descending(14, 14, 1, "A"));

        assertThat(ItemStatistics.of(attempts, Set.of("A"), List.of("A", "B")).flags())
                .contains(ItemFlag.DISTRACTOR_BEATS_KEY_IN_TOP_THIRD);
    }

    @Test
    void theTopThirdIsNotJudgedOnFewerThanTwentyAttempts() {
        Set<ItemFlag> flags = flagsOf(topThirdAllChooseB(19));

        assertThat(flags).doesNotContain(ItemFlag.DISTRACTOR_BEATS_KEY_IN_TOP_THIRD)
                .contains(ItemFlag.INSUFFICIENT_ATTEMPTS_FOR_DISCRIMINATION_FLAGS);
    }

    @Test
    void theTopThirdIsJudgedFromTwentyAttempts() {
        Set<ItemFlag> flags = flagsOf(topThirdAllChooseB(20));

        assertThat(flags).contains(ItemFlag.DISTRACTOR_BEATS_KEY_IN_TOP_THIRD)
                .doesNotContain(ItemFlag.INSUFFICIENT_ATTEMPTS_FOR_DISCRIMINATION_FLAGS);
    }
}
