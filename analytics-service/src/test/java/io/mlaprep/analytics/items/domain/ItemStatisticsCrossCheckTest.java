package io.mlaprep.analytics.items.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The statistics of many random items against the textbook formulas, computed here independently. */
class ItemStatisticsCrossCheckTest {

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
    void facilityDiscriminationAndRatesAgreeWithTheMomentFormulasOnRandomItemsToOnePartInATrillion() {
        Random random = new Random(20_250_611L);
        int withDiscrimination = 0;
        for (int trial = 0; trial < 300; trial++) {
            RandomItem item = randomItem(random, trial < 5 ? trial : random.nextInt(2_000));

            ItemStatistics statistics = ItemStatistics.of(item.attempts(), item.key(), item.optionIds());

            assertAgreesWithMoments(statistics, item);
            withDiscrimination += statistics.discrimination().isPresent() ? 1 : 0;
        }
        assertThat(withDiscrimination).as("trials with a defined discrimination").isGreaterThan(250);
    }

    /**
     * With x the item score and y the rest score, in exact integers: p = Σx / n and Pearson's
     * r = (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)), undefined when n &lt; 2 or a variance is 0.
     */
    private static void assertAgreesWithMoments(ItemStatistics statistics, RandomItem item) {
        long n = item.attempts().size();
        long sumX = 0;
        long sumY = 0;
        long sumYSquared = 0;
        long sumXY = 0;
        for (Attempt attempt : item.attempts()) {
            sumX += attempt.itemScore();
            sumY += attempt.restScore();
            sumYSquared += (long) attempt.restScore() * attempt.restScore();
            sumXY += (long) attempt.itemScore() * attempt.restScore();
        }
        assertThat(statistics.attempts()).isEqualTo(n);
        if (n == 0) {
            assertThat(statistics.facility()).isEmpty();
            assertThat(statistics.selectionRates()).isEmpty();
        } else {
            assertThat(statistics.facility().getAsDouble()).isCloseTo((double) sumX / n, within(AGREEMENT));
            SelectionRates rates = statistics.selectionRates().orElseThrow();
            assertThat(rates.byOption().keySet()).containsExactlyElementsOf(item.optionIds());
            for (String option : item.optionIds()) {
                long chosen = item.attempts().stream().filter(a -> a.selectedOptionIds().contains(option)).count();
                assertThat(rates.of(option)).isCloseTo((double) chosen / n, within(AGREEMENT));
            }
            long unanswered = item.attempts().stream().filter(Attempt::isUnanswered).count();
            assertThat(rates.unanswered()).isCloseTo((double) unanswered / n, within(AGREEMENT));
        }
        long itemVariance = n * sumX - sumX * sumX;
        long restVariance = n * sumYSquared - sumY * sumY;
        if (n < 2 || itemVariance == 0 || restVariance == 0) {
            assertThat(statistics.discrimination()).isEmpty();
        } else {
            double r = (n * sumXY - sumX * sumY) / Math.sqrt((double) itemVariance * (double) restVariance);
            assertThat(statistics.discrimination().getAsDouble()).isCloseTo(r, within(AGREEMENT));
        }
    }
}
