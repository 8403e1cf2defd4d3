package io.mlaprep.session.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.servicedefaults.errors.DependencyUnavailableException;
import io.mlaprep.session.adaptive.client.RecommenderClient;
import io.mlaprep.session.catalog.CatalogItems;
import io.mlaprep.session.catalog.InMemoryCatalog;
import io.mlaprep.session.catalog.application.QuestionCatalog;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.support.StubService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Adaptive plans against a stub recommender and an in-memory bank. */
class AdaptivePlannerTest {

    private static final String NEXT = "/internal/learners/learner-1/next-questions";

    private final StubService recommender = new StubService();
    private final List<CatalogItem> bank = bank();
    private final AtomicInteger seenReads = new AtomicInteger();
    private final Supplier<List<String>> seen = () -> {
        seenReads.incrementAndGet();
        return List.of("d1-0");
    };

    @AfterEach
    void stop() {
        recommender.close();
    }

    @Test
    void eachRecommendedItemCarriesTheRecommendersOwnWords() {
        recommender.answer(NEXT, 200, "{\"questionIds\":[\"d2-1\",\"d1-0\"],\"items\":["
                + "{\"questionId\":\"d2-1\",\"reason\":\"DUE_REVIEW\",\"explanation\":\"You last reviewed this 9 days"
                + " ago; recall is down to 86 %.\"},{\"questionId\":\"d1-0\",\"reason\":\"WEAK_AREA\","
                + "\"explanation\":\"Domain 1 is 28 % of the exam.\"}]}");

        SessionPlanner.Plan plan = planner(new InMemoryCatalog(bank)).plan("learner-1", 2, seen);

        assertThat(plan.items()).extracting(SessionItem::questionId).containsExactly("d2-1", "d1-0");
        assertThat(plan.items()).extracting(SessionItem::reason).containsExactly(
                "You last reviewed this 9 days ago; recall is down to 86 %.", "Domain 1 is 28 % of the exam.");
    }

    @Test
    void servesTheRecommendedQuestionsWithoutReadingWhatWasSeen() {
        recommender.answer(NEXT, 200, "{\"questionIds\":[\"d2-1\",\"d1-0\"]}");

        SessionPlanner.Plan plan = planner(new InMemoryCatalog(bank)).plan("learner-1", 2, seen);

        assertThat(plan.items()).extracting(SessionItem::questionId).containsExactly("d2-1", "d1-0");
        assertThat(plan.notice()).isNull();
        assertThat(seenReads).hasValue(0);
    }

    @Test
    void fallsBackToUnseenFirstWhenTheRecommenderIsDown() {
        recommender.answer(NEXT, 503, "{}");

        SessionPlanner.Plan plan = planner(new InMemoryCatalog(bank)).plan("learner-1", 4, seen);

        assertThat(plan.notice()).isEqualTo(AdaptivePlanner.FALLBACK_NOTICE);
        assertThat(plan.items()).hasSize(4).extracting(SessionItem::questionId).doesNotContain("d1-0");
        assertThat(plan.items()).allSatisfy(item -> assertThat(item.reason())
                .startsWith("Sampled by exam weight: Domain " + item.domain() + ", ").contains(" % of the exam"));
        assertThat(seenReads).hasValue(1);
    }

    @Test
    void samplesTheBlueprintWhenTheRecommenderHasNothingYet() {
        recommender.answer(NEXT, 200, "{\"questionIds\":[]}");

        SessionPlanner.Plan plan = planner(new InMemoryCatalog(bank)).plan("learner-1", 4, seen);

        assertThat(plan.notice()).isEqualTo(AdaptivePlanner.COLD_START_NOTICE);
        assertThat(plan.items()).hasSize(4).allSatisfy(item -> assertThat(item.reason())
                .startsWith("Sampled by exam weight: "));
    }

    @Test
    void aQuestionServiceFailureIsNotTakenForMissingRecommendations() {
        recommender.answer(NEXT, 200, "{\"questionIds\":[\"d2-1\"]}");
        QuestionCatalog failingLookups = new InMemoryCatalog(bank) {
            @Override
            public List<CatalogItem> current(Collection<String> questionIds) {
                throw new DependencyUnavailableException("question-service is unavailable right now", null);
            }
        };

        assertThatThrownBy(() -> planner(failingLookups).plan("learner-1", 4, seen))
                .isInstanceOf(DependencyUnavailableException.class).hasMessageStartingWith("question-service");
        assertThat(seenReads).hasValue(0);
    }

    private AdaptivePlanner planner(QuestionCatalog catalog) {
        RecommenderClient client = new RecommenderClient(recommender.calls(), recommender.url(),
                Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(5));
        return new AdaptivePlanner(client, new SessionPlanner(catalog));
    }

    private static List<CatalogItem> bank() {
        List<CatalogItem> bank = new ArrayList<>();
        for (int d = 1; d <= 4; d++) {
            for (int i = 0; i < 3; i++) {
                bank.add(CatalogItems.question("d" + d + "-" + i, 1, d, "ACTIVE"));
            }
        }
        return bank;
    }
}
