package io.mlaprep.recommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.recommender.learner.persistence.LearnerStore;
import io.mlaprep.recommender.redis.RedisKeys;
import io.mlaprep.recommender.support.Answers;
import io.mlaprep.recommender.support.RecommenderServiceTest;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.BenchmarkReport;
import io.mlaprep.testsupport.EventPublisher;
import io.mlaprep.testsupport.Latencies;
import io.mlaprep.testsupport.RedisFootprint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Measures (does not judge): GET /api/recommendations for a learner with 600 answered items over a
 * 720-question catalogue, and the Redis bytes that learner takes (every key holding their state, each with its
 * encoding). Run:
 * {@code ./mvnw -Pbenchmark -pl recommender-service -am verify -Dit.test=RecommenderBenchmark}
 */
@RecommenderServiceTest
class RecommenderBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    LearnerStore store;
    @Autowired
    RedisKeys keys;
    @Autowired
    StringRedisTemplate redis;

    private static final int WARM_UP_CALLS = 1_000;
    private static final int MEASURED_CALLS = 2_000;

    @Test
    void recommendationLatencyAndBytesForALearnerWith600Items() throws Exception {
        String learner = "heavy-" + UUID.randomUUID();
        List<QuestionChanged> catalogue = Answers.catalogue("bench", 60);
        Random random = new Random(5);
        Instant start = Instant.now().minus(Duration.ofDays(120));
        List<AnswerSubmitted> answers = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            QuestionChanged question = catalogue.get(i);
            answers.add(Answers.answer(learner, question.questionId(), question.taskStatement(),
                    random.nextDouble() < 0.65, null, start.plusSeconds(i * 17_000L)));
        }
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(catalogue);
            publisher.publish(answers);
        }
        await().atMost(Duration.ofMinutes(2)).until(() ->
                store.mastery(learner).map(m -> m.totalAnswers() == 600).orElse(false));

        ApiClient client = new ApiClient(port, learner, "LEARNER");
        // A service in production answers from compiled code; the first thousand calls here still run through the
        // JIT (measured: p50 fell from 6.4 to 3.1-3.8 ms over them). They are reported apart, not mixed into the p99.
        Latencies warming = recommendations(client, WARM_UP_CALLS);
        Latencies latencies = recommendations(client, MEASURED_CALLS);
        List<String> report = new ArrayList<>(List.of(
                "GET /api/recommendations?limit=10, learner with 600 answered items, catalogue of 720: "
                        + latencies.summary(),
                "  the " + WARM_UP_CALLS + " calls before, while the JIT compiles: " + warming.summary()));
        long bytes = 0;
        List<String> perKey = new ArrayList<>();
        for (String key : keys.learnerState(learner)) {
            long used = RedisFootprint.bytes(redis, key);
            bytes += used;
            perKey.add("  " + key + ": " + used + " bytes, " + RedisFootprint.encoding(redis, key) + ", "
                    + redis.opsForHash().size(key) + " fields");
        }
        report.add("Redis bytes for that learner (MEMORY USAGE SAMPLES 0, summed over its "
                + keys.learnerState(learner).size() + " keys): " + bytes);
        report.addAll(perKey);
        BenchmarkReport.write("recommender", report);
    }

    private static Latencies recommendations(ApiClient client, int calls) {
        Latencies latencies = new Latencies(calls);
        for (int i = 0; i < calls; i++) {
            latencies.time(() -> assertThat(client.get("/api/recommendations?limit=10", Map.class)
                    .getStatusCode().value()).isEqualTo(200));
        }
        return latencies;
    }
}
