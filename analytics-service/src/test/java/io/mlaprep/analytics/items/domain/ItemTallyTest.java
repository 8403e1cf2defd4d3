package io.mlaprep.analytics.items.domain;

import static io.mlaprep.analytics.items.domain.AttemptFixtures.concat;
import static io.mlaprep.analytics.items.domain.AttemptFixtures.correct;
import static io.mlaprep.analytics.items.domain.AttemptFixtures.descending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemTallyTest {

    private static final double AGREEMENT = 1e-12;
    private static final List<String> ALL_OPTIONS = List.of("A", "B", "C", "D", "E", "F");

    private record RandomItem(List<String> optionIds, Set<String> key, List<Attempt> attempts) {
    }

    /**
     * Rest scores and correctness both follow a latent ability, with an item-specific slope that may be negative;
     * about one attempt in ten is unanswered; multi-key items get selections of any size.
     */
    private static RandomItem randomItem(Random random, int attemptCount) {
        List<String> optionIds = ALL_OPTIONS.subList(0, 3 + random.nextInt(4));
        Set<String> key = random.nextBoolean() ? Set.of("A") : Set.of("A", "C");
        int maxRest = random.nextBoolean() ? 64 : 1000;
        double slope = -1 + 3 * random.nextDouble();
        double difficulty = -2 + 4 * random.nextDouble();
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < attemptCount; i++) {
            double ability = random.nextGaussian();
            int rest = (int) Math.max(0, Math.min(maxRest,
                    Math.round(maxRest * (0.5 + 0.15 * ability + 0.05 * random.nextGaussian()))));
            boolean answered = random.nextDouble() >= 0.1;
            boolean right = answered && random.nextDouble() < 1 / (1 + Math.exp(-(slope * ability - difficulty)));
            attempts.add(new Attempt(rest, right ? 1 : 0,
                    !answered ? Set.of() : right ? key : wrongSelection(random, optionIds, key)));
        }
        return new RandomItem(optionIds, key, attempts);
    }

    private static Set<String> wrongSelection(Random random, List<String> optionIds, Set<String> key) {
        Set<String> selection;
        do {
            selection = new HashSet<>();
            if (key.size() == 1) {
                selection.add(optionIds.get(random.nextInt(optionIds.size())));
            } else {
                for (String option : optionIds) {
                    if (random.nextBoolean()) {
                        selection.add(option);
                    }
                }
            }
        } while (selection.isEmpty() || selection.equals(key));
        return selection;
    }

    @Test
    void theTallyAgreesWithTheBatchComputationOnRandomItemsToOnePartInATrillion() {
        Random random = new Random(20_250_611L);
        int withDiscrimination = 0;
        for (int trial = 0; trial < 300; trial++) {
            int attemptCount = trial < 5 ? trial : random.nextInt(2_000);
            RandomItem item = randomItem(random, attemptCount);

            ItemStatistics batch = ItemStatistics.of(item.attempts(), item.key(), item.optionIds());
            ItemStatistics incremental = ItemTally.of(item.optionIds(), item.attempts()).statistics();

            assertAgree(incremental, batch);
            withDiscrimination += batch.discrimination().isPresent() ? 1 : 0;
        }
        assertThat(withDiscrimination).as("trials with a defined discrimination").isGreaterThan(250);
    }

    private static void assertAgree(ItemStatistics incremental, ItemStatistics batch) {
        assertThat(incremental.attempts()).isEqualTo(batch.attempts());
        assertThat(incremental.facility().isPresent()).isEqualTo(batch.facility().isPresent());
        if (batch.facility().isPresent()) {
            assertThat(incremental.facility().getAsDouble())
                    .isCloseTo(batch.facility().getAsDouble(), within(AGREEMENT));
        }
        assertThat(incremental.discrimination().isPresent()).isEqualTo(batch.discrimination().isPresent());
        if (batch.discrimination().isPresent()) {
            assertThat(incremental.discrimination().getAsDouble())
                    .isCloseTo(batch.discrimination().getAsDouble(), within(AGREEMENT));
        }
        assertThat(incremental.selectionRates().isPresent()).isEqualTo(batch.selectionRates().isPresent());
        if (batch.selectionRates().isPresent()) {
            SelectionRates expected = batch.selectionRates().get();
            SelectionRates actual = incremental.selectionRates().get();
            assertThat(actual.byOption().keySet()).containsExactlyElementsOf(expected.byOption().keySet());
            expected.byOption().forEach((option, rate) ->
                    assertThat(actual.of(option)).isCloseTo(rate, within(AGREEMENT)));
            assertThat(actual.unanswered()).isCloseTo(expected.unanswered(), within(AGREEMENT));
        }
        Set<ItemFlag> batchFlagsWithoutTopThird = EnumSet.noneOf(ItemFlag.class);
        batchFlagsWithoutTopThird.addAll(batch.flags());
        batchFlagsWithoutTopThird.remove(ItemFlag.DISTRACTOR_BEATS_KEY_IN_TOP_THIRD);
        assertThat(incremental.flags()).isEqualTo(batchFlagsWithoutTopThird);
    }

    @Test
    void mergingTwoTalliesEqualsTheTallyOfTheConcatenatedAttempts() {
        Random random = new Random(42);
        for (int trial = 0; trial < 100; trial++) {
            RandomItem item = randomItem(random, random.nextInt(500));
            int split = random.nextInt(item.attempts().size() + 1);
            List<Attempt> first = item.attempts().subList(0, split);
            List<Attempt> second = item.attempts().subList(split, item.attempts().size());

            ItemTally merged = ItemTally.of(item.optionIds(), first).merge(ItemTally.of(item.optionIds(), second));

            assertThat(merged).isEqualTo(ItemTally.of(item.optionIds(), item.attempts()));
            assertThat(ItemTally.of(item.optionIds(), second).merge(ItemTally.of(item.optionIds(), first)))
                    .isEqualTo(merged);
        }
    }

    @Test
    void mergingWithAnEmptyTallyChangesNothing() {
        RandomItem item = randomItem(new Random(3), 50);
        ItemTally tally = ItemTally.of(item.optionIds(), item.attempts());

        assertThat(tally.merge(ItemTally.empty(item.optionIds()))).isEqualTo(tally);
        assertThat(ItemTally.empty(item.optionIds()).merge(tally)).isEqualTo(tally);
    }

    @Test
    void talliesOfDifferentOptionsCannotBeMerged() {
        ItemTally abc = ItemTally.empty(List.of("A", "B", "C"));
        ItemTally abcd = ItemTally.empty(List.of("A", "B", "C", "D"));

        assertThatThrownBy(() -> abc.merge(abcd)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSelectionOutsideTheOptionsIsRejected() {
        ItemTally tally = ItemTally.empty(List.of("A", "B"));

        assertThatThrownBy(() -> tally.plus(correct(3, "Z"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTallyWithMoreCorrectThanAttemptsIsRejected() {
        assertThatThrownBy(() -> new ItemTally(1, 2, 0, 0, 0, Map.of("A", 0L), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTallyCountsEachSelectedOptionAndEachUnansweredAttempt() {
        ItemTally tally = ItemTally.of(List.of("A", "B", "C"), List.of(
                correct(4, "A", "C"), new Attempt(2, 0, Set.of("A", "B")), new Attempt(1, 0, Set.of())));

        assertThat(tally.selectionsByOption()).containsExactly(Map.entry("A", 2L), Map.entry("B", 1L),
                Map.entry("C", 1L));
        assertThat(tally.unanswered()).isEqualTo(1);
    }

    @Test
    void theTallyCannotJudgeTheTopThirdSoItNeverRaisesThatFlag() {
        List<String> options = List.of("A", "B");
        List<Attempt> attempts = concat(descending(7, 30, 0, "B"), descending(14, 14, 1, "A"));

        assertThat(ItemStatistics.of(attempts, Set.of("A"), options).flags())
                .contains(ItemFlag.DISTRACTOR_BEATS_KEY_IN_TOP_THIRD);
        assertThat(ItemTally.of(options, attempts).statistics().flags())
                .doesNotContain(ItemFlag.DISTRACTOR_BEATS_KEY_IN_TOP_THIRD);
    }
}
