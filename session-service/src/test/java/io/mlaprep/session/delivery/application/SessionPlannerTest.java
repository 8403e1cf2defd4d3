package io.mlaprep.session.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.servicedefaults.errors.ConflictException;
import io.mlaprep.servicedefaults.errors.InvalidInputException;
import io.mlaprep.session.adaptive.client.RecommenderClient;
import io.mlaprep.session.catalog.CatalogItems;
import io.mlaprep.session.catalog.InMemoryCatalog;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.delivery.persistence.HistoryEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionPlannerTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final long LAST_WEEK = NOW.minus(Duration.ofDays(7)).toEpochMilli();

    @Test
    void aPracticeSessionIsFilledFromOtherDomainsWhenOneHasTooFewItems() {
        InMemoryCatalog catalog = new InMemoryCatalog(bank(1, 10, 10, 10));

        SessionPlanner.Plan plan = new SessionPlanner(catalog).practice(10, List.of());

        assertThat(plan.items()).hasSize(10).extracting(SessionItem::questionId).doesNotHaveDuplicates()
                .contains("d1-0");
    }

    @Test
    void aPracticeSessionServesUnseenItemsBeforeSeenOnes() {
        InMemoryCatalog catalog = new InMemoryCatalog(bank(4, 3, 2, 2));
        List<String> seen = List.of("d1-1", "d2-0", "d1-0"); // d1-0 seen last

        SessionPlanner.Plan plan = new SessionPlanner(catalog).practice(10, seen);

        assertThat(plan.items()).extracting(SessionItem::questionId).doesNotContain("d1-0")
                .contains("d1-1", "d1-2", "d1-3", "d2-1", "d2-2");
    }

    @Test
    void examsPreferItemsTheLearnerHasNotSeenInAnyEarlierSession() {
        InMemoryCatalog catalog = new InMemoryCatalog(bank(36, 34, 28, 32));
        SessionPlanner planner = new SessionPlanner(catalog);
        List<String> seen = new java.util.ArrayList<>();

        List<String> first = ids(planner.exam(seen));
        seen.addAll(first);
        List<String> second = ids(planner.exam(seen));

        assertThat(first).hasSize(65).doesNotHaveDuplicates();
        assertThat(second).hasSize(65).doesNotContainAnyElementsOf(first);
    }

    @Test
    void drillItemsNameTheirTaskStatement() {
        InMemoryCatalog catalog = new InMemoryCatalog(bank(3, 3, 3, 3));

        SessionPlanner.Plan plan = new SessionPlanner(catalog).drill(3, 2, null, List.of());

        assertThat(plan.items()).hasSize(3).extracting(SessionItem::reason)
                .containsOnly("Drill: Task 2.1 Choose a modeling approach");
    }

    @Test
    void unseenFirstItemsSayTheirDomainsExamWeightWasWhy() {
        SessionPlanner.Plan plan = new SessionPlanner(new InMemoryCatalog(bank(3, 3, 3, 3)))
                .unseenFirst(10, List.of(), "notice");

        assertThat(plan.items()).filteredOn(item -> item.domain() == 3).isNotEmpty().extracting(SessionItem::reason)
                .containsOnly("Sampled by exam weight: Domain 3, Deployment and Orchestration of ML Workflows, is 22 %"
                        + " of the exam.");
        assertThat(plan.items()).allSatisfy(item -> assertThat(item.reason()).startsWith("Sampled by exam weight: "
                + "Domain " + item.domain() + ", "));
    }

    @Test
    void chosenQuestionsKeepTheRecommendersOrderAndReasonsLeavingOutRetiredOnes() {
        List<CatalogItem> bank = new ArrayList<>(bank(2, 2, 2, 2));
        bank.add(CatalogItems.question("gone", 1, 1, "RETIRED"));
        SessionPlanner planner = new SessionPlanner(new InMemoryCatalog(bank));

        SessionPlanner.Plan plan = planner.chosen(List.of(new RecommenderClient.Pick("d3-1", "most overdue"),
                new RecommenderClient.Pick("gone", "retired since"), new RecommenderClient.Pick("d1-0", "next")));

        assertThat(plan.items()).extracting(SessionItem::questionId).containsExactly("d3-1", "d1-0");
        assertThat(plan.items()).extracting(SessionItem::reason).containsExactly("most overdue", "next");
        assertThat(plan.items()).extracting(SessionItem::n).containsExactly(0, 1);
    }

    @Test
    void aSessionNeedsSomeActiveQuestions() {
        SessionPlanner planner = new SessionPlanner(new InMemoryCatalog(List.of()));

        assertThatThrownBy(() -> planner.drill(5, 2, null, List.of())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void unseenFirstServesUnseenItemsThenTopsUpEachDomainWithSeenOnes() {
        InMemoryCatalog catalog = new InMemoryCatalog(bank(3, 3, 3, 3));
        List<String> seen = List.of("d1-0", "d2-0", "d3-0", "d4-0");

        SessionPlanner.Plan plan = new SessionPlanner(catalog).unseenFirst(10, seen, "notice");

        List<String> ids = plan.items().stream().map(SessionItem::questionId).toList();
        assertThat(ids).containsExactlyInAnyOrder("d1-1", "d1-2", "d2-1", "d2-2", "d3-1", "d3-2", "d4-1", "d4-2",
                "d1-0", "d2-0"); // domains 1 and 2 have three slots each: one seen item tops each up
        assertThat(plan.notice()).isEqualTo("notice");
    }

    @Test
    void reviewMissedServesTheLatestWrongAnswersNewestFirstLeavingOutRetiredOnes() {
        List<CatalogItem> bank = new ArrayList<>(bank(3, 0, 0, 0));
        bank.add(CatalogItems.question("retired", 1, 1, "RETIRED"));
        Map<String, HistoryEntry> history = Map.of("d1-0", new HistoryEntry(1, false, 1_000),
                "d1-1", new HistoryEntry(1, false, 3_000), "d1-2", new HistoryEntry(1, true, 4_000),
                "retired", new HistoryEntry(1, false, 2_000));

        SessionPlanner.Plan plan = new SessionPlanner(new InMemoryCatalog(bank)).reviewMissed(10, history);

        assertThat(plan.items()).extracting(SessionItem::questionId).containsExactly("d1-1", "d1-0");
    }

    @Test
    void reviewMissedSaysWhyThereIsNothingToReview() {
        SessionPlanner planner = new SessionPlanner(new InMemoryCatalog(
                List.of(CatalogItems.question("retired", 1, 1, "RETIRED"))));

        assertThatThrownBy(() -> planner.reviewMissed(10, Map.of("q", answered(true))))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("Nothing to review yet");
        assertThatThrownBy(() -> planner.reviewMissed(10, Map.of("retired", answered(false))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("all been retired");
    }

    private static List<String> ids(SessionPlanner.Plan plan) {
        return plan.items().stream().map(SessionItem::questionId).toList();
    }

    private static HistoryEntry answered(boolean right) {
        return new HistoryEntry(1, right, LAST_WEEK);
    }

    /** Active items "d<domain>-<i>", the given number per domain 1 to 4. */
    private static List<CatalogItem> bank(int... perDomain) {
        List<CatalogItem> bank = new ArrayList<>();
        for (int d = 1; d <= perDomain.length; d++) {
            for (int i = 0; i < perDomain[d - 1]; i++) {
                bank.add(CatalogItems.question("d" + d + "-" + i, 1, d, "ACTIVE"));
            }
        }
        return bank;
    }
}
