package io.mlaprep.session.session.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlaprep.servicedefaults.web.ConflictException;
import io.mlaprep.servicedefaults.web.InvalidInputException;
import io.mlaprep.session.catalog.CatalogItem;
import io.mlaprep.session.catalog.CatalogItems;
import io.mlaprep.session.catalog.InMemoryCatalog;
import io.mlaprep.session.session.domain.SessionItem;
import io.mlaprep.session.session.persistence.HistoryEntry;
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

        SessionPlanner.Plan plan = new SessionPlanner(catalog).practice(10, Map.of(), NOW);

        assertThat(plan.items()).hasSize(10).extracting(SessionItem::questionId).doesNotHaveDuplicates()
                .contains("d1-0");
    }

    @Test
    void aPracticeSessionAvoidsWhatWasAnsweredInTheLastDay() {
        InMemoryCatalog catalog = new InMemoryCatalog(bank(10, 10, 10, 10));
        Map<String, HistoryEntry> history = Map.of("d1-0", new HistoryEntry(1, true, NOW.toEpochMilli()),
                "d2-0", new HistoryEntry(1, true, LAST_WEEK));

        SessionPlanner.Plan plan = new SessionPlanner(catalog).practice(10, history, NOW);

        assertThat(plan.items()).extracting(SessionItem::questionId).doesNotContain("d1-0").contains("d2-0");
    }

    @Test
    void aSessionNeedsSomeActiveQuestions() {
        SessionPlanner planner = new SessionPlanner(new InMemoryCatalog(List.of()));

        assertThatThrownBy(() -> planner.drill(5, 2, null, Map.of(), NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void unseenFirstServesUnseenItemsThenTopsUpWithSeenOnesInThatOrder() {
        InMemoryCatalog catalog = new InMemoryCatalog(bank(3, 3, 3, 3));
        Map<String, HistoryEntry> history = Map.of("d1-0", answered(true), "d2-0", answered(false),
                "d3-0", answered(true), "d4-0", answered(true));

        SessionPlanner.Plan plan = new SessionPlanner(catalog).unseenFirst(10, history, "notice");

        List<String> ids = plan.items().stream().map(SessionItem::questionId).toList();
        assertThat(ids).hasSize(10).doesNotHaveDuplicates();
        assertThat(ids.subList(0, 8)).doesNotContainAnyElementsOf(history.keySet());
        assertThat(ids.subList(8, 10)).containsExactly("d1-0", "d2-0");
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
