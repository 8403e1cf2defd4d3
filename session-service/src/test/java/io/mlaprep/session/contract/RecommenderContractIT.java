package io.mlaprep.session.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.contracts.internal.questions.DrawSlot;
import io.mlaprep.contracts.internal.recommender.DueQuestions;
import io.mlaprep.contracts.internal.recommender.NextQuestions;
import io.mlaprep.contracts.internal.recommender.ReviewOutlook;
import io.mlaprep.contracts.internal.recommender.ReviewPreview;
import io.mlaprep.servicedefaults.client.ResilientCalls;
import io.mlaprep.servicedefaults.client.ServiceRestClients;
import io.mlaprep.servicedefaults.client.ServiceTokenProvider;
import io.mlaprep.session.adaptive.client.RecommenderClient;
import io.mlaprep.session.catalog.application.QuestionCatalog;
import io.mlaprep.session.support.RecommenderInProcess;
import io.mlaprep.session.support.RecommenderMemory;
import io.mlaprep.session.support.SessionServiceTest;
import io.mlaprep.testsupport.WireContract;
import io.mlaprep.testsupport.WireRecorder;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * session-service's real {@link RecommenderClient} against the real recommender-service (its recommendation
 * and review controllers on Redis), over HTTP: every field the recommender sends is read, with the value it
 * sent. The client is built as the service builds it, plus a recorder of the bytes received.
 */
@SessionServiceTest
@ExtendWith(RecommenderInProcess.class)
@TestPropertySource(properties = {"mla.clients.recommender-service.url=${" + RecommenderInProcess.URL + "}",
        "mla.clients.recommender-service.preview-timeout=5s"})
class RecommenderContractIT {

    @Autowired
    RestClient.Builder http;
    @Autowired
    ServiceTokenProvider tokens;
    @Autowired
    JsonMapper json;
    @Autowired
    QuestionCatalog catalog;
    @Autowired
    StringRedisTemplate redis;
    @Value("${mla.clients.recommender-service.url}")
    String url;

    private final WireRecorder wire = new WireRecorder();

    @Test
    void dueItemsNextItemsAndPreviewsAreReadFieldForField() {
        String learner = "contract-" + UUID.randomUUID();
        List<String> questions = catalog.draw(List.of(DrawSlot.of(1, 3)), List.of(), List.of(), false).getFirst()
                .stream().map(CatalogItem::id).toList();
        RecommenderMemory memory = new RecommenderMemory(redis);
        Instant now = Instant.now();
        memory.scheduled(learner, questions.get(0), now.minus(Duration.ofDays(6)), Duration.ofDays(4));
        memory.scheduled(learner, questions.get(1), now.minus(Duration.ofHours(2)), Duration.ofDays(2));
        memory.scheduled(learner, questions.get(2), now.plus(Duration.ofDays(4)), Duration.ofDays(8));
        RecommenderClient client = client();

        // the recommender serves only questions its catalogue has heard of from question-service
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            DueQuestions due = client.due(learner, 10);
            assertThat(due.items()).extracting(DueQuestions.Item::questionId)
                    .containsExactly(questions.get(0), questions.get(1));
            assertThat(due.dueCount()).isEqualTo(2);
            assertThat(due.nextDueAt()).isAfter(now);
        });
        JsonNode dueSent = assertReadsEverything(client.due(learner, 10));
        WireContract.assertFillsEveryComponent(List.of(dueSent), DueQuestions.class);
        WireContract.assertFillsEveryComponent(elements(dueSent.get("items")), DueQuestions.Item.class);

        NextQuestions next = client.next(learner, 5);
        assertThat(next.items()).isNotEmpty();
        assertThat(next.questionIds()).isEqualTo(next.items().stream().map(NextQuestions.Item::questionId).toList());
        JsonNode nextSent = assertReadsEverything(next);
        WireContract.assertFillsEveryComponent(List.of(nextSent), NextQuestions.class);
        WireContract.assertFillsEveryComponent(elements(nextSent.get("items")), NextQuestions.Item.class);

        ReviewPreview preview = client.preview(learner, questions.get(0), true, "HIGH", now).orElseThrow();
        assertThat(preview.questionId()).isEqualTo(questions.get(0));
        assertThat(preview.nextReviewAt()).isAfter(now);
        WireContract.assertFillsEveryComponent(List.of(assertReadsEverything(preview)), ReviewPreview.class);

        ReviewOutlook outlook = client.outlook(learner, questions, now).orElseThrow();
        assertThat(outlook.items()).extracting(ReviewOutlook.Item::questionId).containsExactlyElementsOf(questions);
        assertThat(outlook.items().getFirst().right().high())
                .isEqualTo(Duration.between(now.truncatedTo(ChronoUnit.MILLIS), preview.nextReviewAt()).toDays());
        JsonNode outlookSent = assertReadsEverything(outlook);
        WireContract.assertFillsEveryComponent(List.of(outlookSent), ReviewOutlook.class);
        List<JsonNode> items = elements(outlookSent.get("items"));
        WireContract.assertFillsEveryComponent(items, ReviewOutlook.Item.class);
        WireContract.assertFillsEveryComponent(items.stream().flatMap(item -> Stream.of(
                item.get("wrong"), item.get("right"))).toList(), ReviewOutlook.Days.class);
    }

    /** The last answer, as sent, after checking the client read all of it into {@code read}. */
    private JsonNode assertReadsEverything(Object read) {
        JsonNode sent = json.readTree(wire.last().body());
        WireContract.assertReadsEverything(sent, read, json);
        return sent;
    }

    private static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private RecommenderClient client() {
        ResilientCalls calls = new ResilientCalls(
                new ServiceRestClients(http.clone().requestInterceptor(wire), tokens), new SimpleMeterRegistry());
        return new RecommenderClient(calls, url, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }
}
