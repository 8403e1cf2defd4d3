package io.mlaprep.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.contracts.Topics;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.TestServers;
import io.mlaprep.testsupport.TestTokenIssuer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers({Server.MONGO, Server.KAFKA})
class QuestionServiceIT {

    static final TestTokenIssuer TOKENS = TestTokenIssuer.install();

    @LocalServerPort
    int port;
    RestClient http;

    @BeforeEach
    void client() {
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    @Test
    void seedBankIsLoadedAndSearchableByAuthors() {
        Map<?, ?> page = http.get().uri("/api/questions?domain=2&size=5")
                .header("Authorization", "Bearer " + TOKENS.token("author-1", List.of("AUTHOR"), Duration.ofMinutes(5)))
                .retrieve().body(Map.class);
        assertThat(((Number) page.get("totalItems")).intValue()).isGreaterThanOrEqualTo(30);
        assertThat((List<?>) page.get("items")).hasSize(5);
    }

    @Test
    void learnersCannotReadTheBank() {
        var status = http.get().uri("/api/questions")
                .header("Authorization", "Bearer " + TOKENS.learner("learner-1"))
                .retrieve().toBodilessEntity().getStatusCode();
        assertThat(status.value()).isEqualTo(403);
    }

    @Test
    void servicesDrawAnExamBlueprintWithKeysAndNoRepeats() {
        ApiClient service = new ApiClient(port, "session-service", "SERVICE");
        List<Map<String, Object>> slots = new ArrayList<>();
        int[] unscored = {4, 4, 3, 4};
        int[] scored = {14, 13, 11, 12};
        for (int d = 0; d < 4; d++) {
            slots.add(Map.of("domain", d + 1, "count", unscored[d], "preferLeastExposed", true));
        }
        for (int d = 0; d < 4; d++) {
            slots.add(Map.of("domain", d + 1, "count", scored[d], "preferLeastExposed", false));
        }

        Map<?, ?> drawn = service.post("/internal/draws", Map.of("slots", slots, "countExposure", true), Map.class)
                .getBody();

        List<Map<String, Object>> items = (List<Map<String, Object>>) drawn.get("items");
        assertThat(items).hasSize(65);
        assertThat(items.stream().map(i -> ((Map<?, ?>) i.get("question")).get("id")).distinct()).hasSize(65);
        assertThat(items).allSatisfy(i -> assertThat(((Map<?, ?>) i.get("question")).containsKey("correct")).isTrue());
        for (int slot = 0; slot < 8; slot++) {
            int expected = slot < 4 ? unscored[slot] : scored[slot - 4];
            int domain = slot % 4 + 1;
            int index = slot;
            assertThat(items.stream().filter(i -> ((Number) i.get("slot")).intValue() == index))
                    .hasSize(expected)
                    .allSatisfy(i -> assertThat(((Map<?, ?>) i.get("question")).get("domain")).isEqualTo(domain));
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
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
                return seen.size() >= 132;
            });
            assertThat(seen).anySatisfy(r -> assertThat(r.key()).isEqualTo("d1-t11-001"));
        }
    }
}
