package io.mlaprep.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.contracts.Topics;
import io.mlaprep.question.bank.persistence.QuestionStore;
import io.mlaprep.question.bank.persistence.QuestionStore.Origin;
import io.mlaprep.question.support.QuestionServiceTest;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.TestServers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

@QuestionServiceTest
class QuestionServiceIT {

    @LocalServerPort
    int port;
    @Autowired
    QuestionStore store;

    @Test
    void seedBankIsLoadedAndSearchableByAuthors() {
        Map<?, ?> page = new ApiClient(port, "author-1", "AUTHOR").get("/api/questions?domain=2&size=5", Map.class)
                .getBody();
        assertThat(((Number) page.get("totalItems")).intValue()).isGreaterThanOrEqualTo(30);
        assertThat((List<?>) page.get("items")).hasSize(5);
    }

    @Test
    void servicesDrawAnExamBlueprintWithoutRepeatsAndLookTheItemsUpWithTheirKeys() {
        ApiClient service = new ApiClient(port, "session-service", "SERVICE");
        List<Map<String, Object>> slots = new ArrayList<>();
        for (ExamGuide.Domain domain : ExamGuide.DOMAINS) {
            slots.add(Map.of("domain", domain.id(), "count", domain.unscoredItems(), "preferLeastExposed", true));
        }
        for (ExamGuide.Domain domain : ExamGuide.DOMAINS) {
            slots.add(Map.of("domain", domain.id(), "count", domain.scoredItems(), "preferLeastExposed", false));
        }

        Map<?, ?> drawn = service.post("/internal/draws", Map.of("slots", slots, "countExposure", true), Map.class)
                .getBody();

        List<Map<String, Object>> items = (List<Map<String, Object>>) drawn.get("items");
        assertThat(items).hasSize(ExamGuide.QUESTION_COUNT);
        assertThat(items.stream().map(i -> i.get("id")).distinct()).hasSize(ExamGuide.QUESTION_COUNT);
        Map<?, ?> found = service.post("/internal/questions/lookup", Map.of("refs", items.stream()
                .map(i -> Map.of("id", i.get("id"), "version", i.get("version"))).toList()), Map.class).getBody();
        Map<Object, Map<String, Object>> byId = ((List<Map<String, Object>>) found.get("items")).stream()
                .collect(Collectors.toMap(q -> q.get("id"), q -> q));
        assertThat(byId).hasSize(ExamGuide.QUESTION_COUNT);
        assertThat(byId.values()).allSatisfy(q -> assertThat(q.containsKey("correct")).isTrue());
        for (int slot = 0; slot < slots.size(); slot++) {
            Map<String, Object> asked = slots.get(slot);
            int index = slot;
            assertThat(items.stream().filter(i -> ((Number) i.get("slot")).intValue() == index))
                    .hasSize((Integer) asked.get("count"))
                    .allSatisfy(i -> assertThat(byId.get(i.get("id")))
                            .containsEntry("domain", asked.get("domain")).containsEntry("version", i.get("version")));
        }
    }

    @Test
    void aDrawServesUnseenItemsFirstThenTheOnesSeenLongestAgoFromEitherFormOfTheHistory() {
        ApiClient service = new ApiClient(port, "session-service", "SERVICE");
        List<String> task = ids(draw(service, 200, "seenOldestFirst", List.of()));
        assertThat(task).hasSizeGreaterThan(4);
        List<String> oldestFirst = new ArrayList<>(task);
        java.util.Collections.shuffle(oldestFirst, new java.util.Random(11));
        Map<String, Long> lastSeenAt = new java.util.HashMap<>();
        for (int i = 0; i < oldestFirst.size(); i++) {
            lastSeenAt.put(oldestFirst.get(i), 1_700_000_000_000L + i * 60_000L);
        }
        String neverSeen = oldestFirst.getLast();
        List<String> withNull = new ArrayList<>(oldestFirst);
        withNull.add(null);

        List<String> byIds = ids(draw(service, 3, "seenOldestFirst", oldestFirst));
        List<String> byTimes = ids(draw(service, 3, "seen", lastSeenAt));
        List<String> oneUnseen = ids(draw(service, 3, "seenOldestFirst",
                oldestFirst.subList(0, oldestFirst.size() - 1)));

        assertThat(byIds).containsExactlyInAnyOrderElementsOf(oldestFirst.subList(0, 3));
        assertThat(byTimes).containsExactlyInAnyOrderElementsOf(oldestFirst.subList(0, 3));
        assertThat(oneUnseen).containsExactlyInAnyOrder(neverSeen, oldestFirst.get(0), oldestFirst.get(1));
        assertThat(draw(service, 3, "seenOldestFirst", withNull).getStatusCode().value()).isEqualTo(400);
    }

    /** {@code count} items of task statement 1.1, with the learner's history in the form named. */
    private static ResponseEntity<Map> draw(ApiClient service, int count, String history, Object value) {
        Map<String, Object> slot = Map.of("domain", 1, "taskStatement", "1.1", "count", count,
                "preferLeastExposed", false);
        return service.post("/internal/draws", Map.of("slots", List.of(slot), "countExposure", false, history, value),
                Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(ResponseEntity<Map> drawn) {
        assertThat(drawn.getStatusCode().value()).as("a draw, not %s", drawn.getBody()).isEqualTo(200);
        return ((List<Map<String, Object>>) drawn.getBody().get("items")).stream().map(i -> (String) i.get("id"))
                .toList();
    }

    @Test
    void aLookupGivesEachVersionAskedForAndLeavesOutThoseTheBankDoesNotHave() {
        String id = "lookup-" + UUID.randomUUID();
        store.create(id, Questions.multipleChoice(), Origin.AUTHOR, Instant.now());
        store.replace(id, 1, Questions.multipleResponse(), Instant.now()).orElseThrow();

        Map<?, ?> found = new ApiClient(port, "session-service", "SERVICE").post("/internal/questions/lookup",
                Map.of("refs", List.of(Map.of("id", id, "version", 1), Map.of("id", id, "version", 2),
                        Map.of("id", id, "version", 3), Map.of("id", "no-such-" + id, "version", 1))), Map.class)
                .getBody();

        assertThat((List<Map<String, Object>>) found.get("items"))
                .extracting(item -> item.get("id"), item -> item.get("version"), item -> item.get("type"))
                .containsExactlyInAnyOrder(tuple(id, 1, "MULTIPLE_CHOICE"), tuple(id, 2, "MULTIPLE_RESPONSE"));
    }

    @Test
    void onlyServicesReachTheInternalEndpoints() {
        ApiClient learner = new ApiClient(port, "learner-1", "LEARNER");
        assertThat(learner.post("/internal/draws", Map.of("slots", List.of()), Map.class).getStatusCode().value())
                .isEqualTo(403);
        assertThat(learner.post("/internal/questions/lookup", Map.of("refs", List.of()), Map.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void questionChangesAreRelayedToKafka() {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                "bootstrap.servers", TestServers.kafka().bootstrapServers(), "group.id", "it-" + System.nanoTime(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.QUESTION_CHANGED));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            // the topic holds other tests' events too, and the broker hands partitions out in no set order
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
                return seen.stream().anyMatch(r -> "d1-t11-001".equals(r.key()));
            });
            assertThat(seen).filteredOn(r -> "d1-t11-001".equals(r.key()))
                    .allSatisfy(r -> assertThat(r.value()).contains("\"questionId\":\"d1-t11-001\""));
        }
    }
}
