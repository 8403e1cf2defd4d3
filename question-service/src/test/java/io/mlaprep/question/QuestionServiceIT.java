package io.mlaprep.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.contracts.Topics;
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
