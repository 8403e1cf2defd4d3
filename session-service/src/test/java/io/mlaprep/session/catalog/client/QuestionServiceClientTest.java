package io.mlaprep.session.catalog.client;

import static io.mlaprep.session.catalog.CatalogItems.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.contracts.internal.questions.DrawSlot;
import io.mlaprep.servicedefaults.errors.DependencyUnavailableException;
import io.mlaprep.servicedefaults.errors.NotFoundException;
import io.mlaprep.servicedefaults.web.RequestIdFilter;
import io.mlaprep.session.catalog.CatalogItems;
import io.mlaprep.session.catalog.domain.QuestionRef;
import io.mlaprep.session.support.StubService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

/** The question-service client against a stub question-service on the loopback. */
class QuestionServiceClientTest {

    private static final String LOOKUP = "/internal/questions/lookup";
    private static final String DRAWS = "/internal/draws";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StubService questionService = new StubService();

    @AfterEach
    void stop() {
        MDC.clear();
        questionService.close();
    }

    @Test
    void aLookupCarriesTheRequestIdOfTheRequestItServes() {
        questionService.answer(LOOKUP, 200, items(question("q1", 1)));
        MDC.put(RequestIdFilter.MDC_KEY, "req-42");

        CatalogItem item = client(Duration.ofSeconds(5)).version("q1", 1);

        assertThat(item.id()).isEqualTo("q1");
        assertThat(questionService.received(LOOKUP)).singleElement()
                .satisfies(call -> assertThat(call.requestId()).isEqualTo("req-42"));
    }

    @Test
    void versionsNotCachedAreFetchedTogetherInOneCallAndThenCached() {
        questionService.answer(LOOKUP, 200, items(question("q1", 1), question("q2", 3), question("q3", 1)));
        QuestionServiceClient client = client(Duration.ofSeconds(5));
        List<QuestionRef> refs = List.of(new QuestionRef("q1", 1), new QuestionRef("q2", 3), new QuestionRef("q3", 1));

        Map<QuestionRef, CatalogItem> found = client.versions(refs);
        client.versions(refs);
        client.version("q2", 3);

        assertThat(found).containsOnlyKeys(refs);
        assertThat(found.get(new QuestionRef("q2", 3)).version()).isEqualTo(3);
        assertThat(questionService.received(LOOKUP)).singleElement().satisfies(call -> assertThat(call.body())
                .contains("\"q1\"", "\"q2\"", "\"q3\""));
    }

    @Test
    void aVersionTheBankNoLongerHasIsNotFound() {
        questionService.answer(LOOKUP, 200, items(question("q1", 1)));

        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).versions(
                List.of(new QuestionRef("q1", 1), new QuestionRef("q9", 2))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("q9 v2");
    }

    @Test
    void aLookupSlowerThanItsBudgetIsTriedOnceMoreThenFailsFastAsUnavailable() {
        questionService.answer(LOOKUP, 200, items(question("q1", 1)), Duration.ofSeconds(2));

        long start = System.nanoTime();
        assertThatThrownBy(() -> client(Duration.ofMillis(150)).version("q1", 1))
                .isInstanceOf(DependencyUnavailableException.class)
                .hasMessageContaining("no answer within 150 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
        assertThat(questionService.received(LOOKUP)).hasSize(2);
    }

    @Test
    void drawsWithTheirLookupsAndLookupsOfSeveralQuestionsHaveTheLongerBulkBudget() {
        Duration slow = Duration.ofMillis(400);
        questionService.answer(DRAWS, 200, drawn("q1", 1), slow);
        questionService.answer(LOOKUP, 200, items(question("q1", 1), question("q2", 1)), slow);

        List<List<CatalogItem>> drawn = client(Duration.ofMillis(150)).draw(List.of(DrawSlot.of(1, 1)), List.of(),
                List.of(), false);
        Map<QuestionRef, CatalogItem> looked = client(Duration.ofMillis(150)).versions(List.of(
                new QuestionRef("q1", 1), new QuestionRef("q2", 1)));
        List<CatalogItem> current = client(Duration.ofMillis(150)).current(List.of("q1", "q2"));

        assertThat(drawn).singleElement().satisfies(slot -> assertThat(slot).extracting(CatalogItem::id)
                .containsExactly("q1"));
        assertThat(questionService.received(LOOKUP)).as("the drawn item, though only one").hasSize(3);
        assertThat(looked).hasSize(2);
        assertThat(current).extracting(CatalogItem::id).containsExactly("q1", "q2");
    }

    @Test
    void aDrawFetchesOnlyTheDrawnVersionsThisInstanceHasNotHeldYet() {
        questionService.answer(DRAWS, 200, drawn("q1", 1, "q2", 3));
        questionService.answer(LOOKUP, 200, items(question("q1", 1), question("q2", 3)));
        QuestionServiceClient client = client(Duration.ofSeconds(5));
        List<DrawSlot> slots = List.of(DrawSlot.of(1, 1), DrawSlot.of(2, 1));

        List<List<CatalogItem>> first = client.draw(slots, List.of(), List.of(), false);
        List<List<CatalogItem>> second = client.draw(slots, List.of(), List.of(), false);

        assertThat(first).isEqualTo(second);
        assertThat(first.get(0)).extracting(CatalogItem::id).containsExactly("q1");
        assertThat(first.get(1)).extracting(CatalogItem::id, CatalogItem::version).containsExactly(tuple("q2", 3));
        assertThat(questionService.received(DRAWS)).hasSize(2);
        assertThat(questionService.received(LOOKUP)).singleElement().satisfies(call -> assertThat(call.body())
                .contains("\"q1\"", "\"q2\""));
    }

    @Test
    void aDrawnVersionTheBankNoLongerHasLeavesItsSlotShortRatherThanFailingTheDraw() {
        questionService.answer(DRAWS, 200, drawn("q1", 1, "q9", 2));
        questionService.answer(LOOKUP, 200, items(question("q1", 1)));

        List<List<CatalogItem>> drawn = client(Duration.ofSeconds(5)).draw(List.of(DrawSlot.of(1, 1),
                DrawSlot.of(2, 1)), List.of(), List.of(), false);

        assertThat(drawn.get(0)).extracting(CatalogItem::id).containsExactly("q1");
        assertThat(drawn.get(1)).isEmpty();
    }

    private QuestionServiceClient client(Duration lookupBudget) {
        return new QuestionServiceClient(questionService.calls(), questionService.url(), Duration.ofMillis(500),
                lookupBudget, Duration.ofSeconds(5));
    }

    /** A draw's answer: the id and version pairs given, the first in slot 0, the second in slot 1, and so on. */
    private static String drawn(Object... idsAndVersions) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < idsAndVersions.length; i += 2) {
            items.add(Map.of("slot", i / 2, "id", idsAndVersions[i], "version", idsAndVersions[i + 1]));
        }
        return JSON.writeValueAsString(Map.of("items", items));
    }

    private static String items(CatalogItem... items) {
        return JSON.writeValueAsString(Map.of("items", List.of(items)));
    }
}
