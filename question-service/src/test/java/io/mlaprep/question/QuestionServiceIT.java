package io.mlaprep.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.contracts.Topics;
import io.mlaprep.question.support.QuestionServiceTest;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.TestServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@QuestionServiceTest
class QuestionServiceIT {

    @LocalServerPort
    int port;

    @Test
    void seedBankIsLoadedAndSearchableByAuthors() {
        Map<?, ?> page = new ApiClient(port, "author-1", "AUTHOR").get("/api/questions?domain=2&size=5", Map.class)
                .getBody();
        assertThat(((Number) page.get("totalItems")).intValue()).isGreaterThanOrEqualTo(30);
        assertThat((List<?>) page.get("items")).hasSize(5);
    }

    @Test
    void servicesDrawAnExamBlueprintWithKeysAndNoRepeats() {
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
        assertThat(items.stream().map(i -> ((Map<?, ?>) i.get("question")).get("id")).distinct())
                .hasSize(ExamGuide.QUESTION_COUNT);
        assertThat(items).allSatisfy(i -> assertThat(((Map<?, ?>) i.get("question")).containsKey("correct")).isTrue());
        for (int slot = 0; slot < slots.size(); slot++) {
            Map<String, Object> asked = slots.get(slot);
            int index = slot;
            assertThat(items.stream().filter(i -> ((Number) i.get("slot")).intValue() == index))
                    .hasSize((Integer) asked.get("count"))
                    .allSatisfy(i -> assertThat(((Map<?, ?>) i.get("question")).get("domain"))
                            .isEqualTo(asked.get("domain")));
        }
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
