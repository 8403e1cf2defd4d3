package io.mlaprep.session.exam.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.ExamGuide;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BlueprintAllocationTest {

    static IntStream oneToTwoHundred() {
        return IntStream.rangeClosed(1, 200);
    }

    private static Map<Integer, Integer> split(int d1, int d2, int d3, int d4) {
        return Map.of(1, d1, 2, d2, 3, d3, 4, d4);
    }

    @ParameterizedTest
    @MethodSource("oneToTwoHundred")
    void sumsToTheRequestedNumberOfItems(int items) {
        assertThat(BlueprintAllocation.byWeight(items).values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(items);
    }

    @ParameterizedTest
    @MethodSource("oneToTwoHundred")
    void neverGivesADomainANegativeCount(int items) {
        assertThat(BlueprintAllocation.byWeight(items).values()).allSatisfy(n -> assertThat(n).isNotNegative());
    }

    @ParameterizedTest
    @MethodSource("oneToTwoHundred")
    void listsEveryDomainOnceInExamGuideOrder(int items) {
        assertThat(BlueprintAllocation.byWeight(items).keySet()).containsExactly(1, 2, 3, 4);
    }

    @ParameterizedTest
    @MethodSource("oneToTwoHundred")
    void keepsEveryDomainWithinOneItemOfItsExactShare(int items) {
        Map<Integer, Integer> counts = BlueprintAllocation.byWeight(items);
        for (ExamGuide.Domain domain : ExamGuide.DOMAINS) {
            assertThat((double) counts.get(domain.id()))
                    .as("domain %d of %d items", domain.id(), items)
                    .isStrictlyBetween(items * domain.weight() - 1, items * domain.weight() + 1);
        }
    }

    @ParameterizedTest
    @MethodSource("oneToTwoHundred")
    void addingAnItemNeverTakesOneAwayFromADomain(int items) {
        Map<Integer, Integer> fewer = BlueprintAllocation.byWeight(items - 1);
        Map<Integer, Integer> more = BlueprintAllocation.byWeight(items);
        for (int domain = 1; domain <= 4; domain++) {
            assertThat(more.get(domain)).as("domain %d at %d items", domain, items)
                    .isGreaterThanOrEqualTo(fewer.get(domain));
        }
    }

    @Test
    void splitsTheFiftyScoredItemsAsTheExamGuide() {
        assertThat(BlueprintAllocation.byWeight(50)).isEqualTo(split(14, 13, 11, 12));
        for (ExamGuide.Domain domain : ExamGuide.DOMAINS) {
            assertThat(BlueprintAllocation.byWeight(ExamGuide.SCORED_COUNT).get(domain.id()))
                    .isEqualTo(domain.scoredItems());
        }
    }

    @Test
    void splitsTheFifteenUnscoredItemsAsTheExamGuide() {
        assertThat(BlueprintAllocation.byWeight(15)).isEqualTo(split(4, 4, 3, 4));
        for (ExamGuide.Domain domain : ExamGuide.DOMAINS) {
            assertThat(BlueprintAllocation.byWeight(ExamGuide.UNSCORED_COUNT).get(domain.id()))
                    .isEqualTo(domain.unscoredItems());
        }
    }

    @Test
    void splitsTheWholeExamAsScoredPlusUnscored() {
        assertThat(BlueprintAllocation.byWeight(ExamGuide.QUESTION_COUNT)).isEqualTo(split(18, 17, 14, 16));
    }

    @Test
    void givesTheTwoLargestRemaindersOfATenItemSetAnExtraItem() {
        // exact shares 2.8 / 2.6 / 2.2 / 2.4
        assertThat(BlueprintAllocation.byWeight(10)).isEqualTo(split(3, 3, 2, 2));
    }

    @Test
    void breaksAnExactTieInFavourOfTheHeavierDomain() {
        // exact shares 7 / 6.5 / 5.5 / 6: domains 2 and 3 tie for the last item
        assertThat(BlueprintAllocation.byWeight(25)).isEqualTo(split(7, 7, 5, 6));
        // exact shares 21 / 19.5 / 16.5 / 18
        assertThat(BlueprintAllocation.byWeight(75)).isEqualTo(split(21, 20, 16, 18));
    }

    @Test
    void splitsAHundredItemsExactlyByPercentage() {
        assertThat(BlueprintAllocation.byWeight(100)).isEqualTo(split(28, 26, 22, 24));
    }

    @Test
    void givesASingleItemToTheHeaviestDomain() {
        assertThat(BlueprintAllocation.byWeight(1)).isEqualTo(split(1, 0, 0, 0));
    }

    @Test
    void givesThreeItemsToTheThreeHeaviestDomains() {
        assertThat(BlueprintAllocation.byWeight(3)).isEqualTo(split(1, 1, 0, 1));
    }

    @Test
    void givesNothingWhenNoItemsAreAsked() {
        assertThat(BlueprintAllocation.byWeight(0)).isEqualTo(split(0, 0, 0, 0));
    }
}
