package io.mlaprep.session.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.contracts.internal.recommender.DueQuestions;
import io.mlaprep.servicedefaults.errors.ConflictException;
import io.mlaprep.servicedefaults.errors.DependencyUnavailableException;
import io.mlaprep.session.adaptive.client.RecommenderClient;
import io.mlaprep.session.catalog.CatalogItems;
import io.mlaprep.session.catalog.InMemoryCatalog;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.support.StubService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Review sessions against a stub recommender and an in-memory bank. */
class DueReviewPlannerTest {

    private static final String DUE = "/internal/learners/learner-1/due-questions";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StubService recommender = new StubService();

    @AfterEach
    void stop() {
        recommender.close();
    }

    @Test
    void servesTheDueItemsInTheRecommendersOrderMostOverdueFirstWithTheirReasons() {
        recommender.answer(DUE, 200, JSON.writeValueAsString(new DueQuestions(List.of(
                new DueQuestions.Item("d3-0", 3, "3.1", Instant.parse("2026-11-12T08:00:00Z"), 0.71,
                        "You last reviewed this 20 days ago; recall is down to 71 %."),
                new DueQuestions.Item("d1-1", 1, "1.1", Instant.parse("2026-11-23T08:00:00Z"), 0.88,
                        "You last reviewed this 9 days ago; recall is down to 88 %.")), 2, null)));

        SessionPlanner.Plan plan = planner().plan("learner-1", 10);

        assertThat(plan.items()).extracting(SessionItem::questionId).containsExactly("d3-0", "d1-1");
        assertThat(plan.items()).extracting(SessionItem::reason).containsExactly(
                "You last reviewed this 20 days ago; recall is down to 71 %.",
                "You last reviewed this 9 days ago; recall is down to 88 %.");
        assertThat(recommender.received(DUE)).hasSize(1);
    }

    @Test
    void nothingDueIsAConflictThatSaysWhenTheNextReviewFalls() {
        recommender.answer(DUE, 200, "{\"items\":[],\"dueCount\":0,\"nextDueAt\":\"2026-12-05T08:30:00Z\"}");

        assertThatThrownBy(() -> planner().plan("learner-1", 10)).isInstanceOf(ConflictException.class)
                .hasMessage("Nothing is due for review; the next review is due on 2026-12-05.")
                .satisfies(e -> assertThat(((ConflictException) e).properties())
                        .containsEntry("nextReviewAt", "2026-12-05T08:30:00Z"));
    }

    @Test
    void nothingEverAnsweredIsAConflictToo() {
        recommender.answer(DUE, 200, "{\"items\":[],\"dueCount\":0,\"nextDueAt\":null}");

        assertThatThrownBy(() -> planner().plan("learner-1", 10)).isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("Nothing is due for review yet");
    }

    @Test
    void dueItemsAllRetiredIsAConflict() {
        recommender.answer(DUE, 200, JSON.writeValueAsString(new DueQuestions(List.of(new DueQuestions.Item("gone", 1,
                "1.1", Instant.parse("2026-11-30T08:00:00Z"), 0.8, "due")), 1, null)));

        assertThatThrownBy(() -> planner().plan("learner-1", 10)).isInstanceOf(ConflictException.class)
                .hasMessage("The questions due for review have all been retired.");
    }

    @Test
    void anUnavailableRecommenderIsAnUnavailableReviewNeverAnotherSetOfQuestions() {
        recommender.answer(DUE, 503, "{}");

        assertThatThrownBy(() -> planner().plan("learner-1", 10)).isInstanceOf(DependencyUnavailableException.class)
                .hasMessageStartingWith("Your review queue cannot be read: recommender-service is unavailable")
                .hasMessageContaining("cannot fall back");
    }

    private DueReviewPlanner planner() {
        List<CatalogItem> bank = new ArrayList<>();
        for (int d = 1; d <= 4; d++) {
            for (int i = 0; i < 2; i++) {
                bank.add(CatalogItems.question("d" + d + "-" + i, 1, d, "ACTIVE"));
            }
        }
        bank.add(CatalogItems.question("gone", 1, 1, "RETIRED"));
        RecommenderClient client = new RecommenderClient(recommender.calls(), recommender.url(),
                Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(5));
        return new DueReviewPlanner(client, new SessionPlanner(new InMemoryCatalog(bank)));
    }
}
