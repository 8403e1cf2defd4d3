package io.mlaprep.recommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.contracts.Topics;
import io.mlaprep.recommender.support.Answers;
import io.mlaprep.recommender.support.RecommenderServiceTest;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.EventPublisher;
import io.mlaprep.testsupport.PrometheusScrape;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * Operators scrape the service's metrics with an ADMIN token: recommendation latency, readiness predictions, the
 * outboxes, dead letters, the consumers' lag and how long answers took to be handled.
 */
@RecommenderServiceTest
class PrometheusMetricsIT {

    @LocalServerPort
    int port;

    @Test
    void recommendationsAndReadinessPredictionsAreMeasured() {
        PrometheusScrape before = scrape();
        ApiClient learner = new ApiClient(port, "metrics-" + UUID.randomUUID(), "LEARNER");
        assertThat(learner.get("/api/recommendations?limit=5", Map.class).getStatusCode().value()).isEqualTo(200);
        LocalDate exam = LocalDate.now(ZoneOffset.UTC).plusDays(21);
        assertThat(learner.get("/api/recommendations/plan?examDate=" + exam + "&minutesPerDay=45", Map.class)
                .getStatusCode().value()).isEqualTo(200);

        PrometheusScrape after = scrape();
        assertThat(after.sum("mla_recommendation_seconds_count", ""))
                .isEqualTo(before.sum("mla_recommendation_seconds_count", "") + 1);
        // a plan predicts readiness now and at the exam
        assertThat(after.sum("mla_readiness_computations_total", ""))
                .isEqualTo(before.sum("mla_readiness_computations_total", "") + 2);
        assertThat(after.names()).contains("mla_recommendation_seconds_bucket", "mla_outbox_depth",
                "mla_outbox_oldest_age_seconds", "mla_dead_letters_total",
                "kafka_consumer_fetch_manager_records_lag_max");
    }

    @Test
    void eachAnswerHandledRecordsItsDelayFromTheAnswer() {
        String answered = "mla_event_delay_seconds_count";
        String topic = "topic=\"" + Topics.ANSWER_SUBMITTED + "\"";
        double before = scrape().sum(answered, topic);

        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(List.of(Answers.answer("delay-" + UUID.randomUUID(), "q-delay", "2.1", true, null,
                    Instant.now().minusSeconds(2))));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(scrape().sum(answered, topic)).isEqualTo(before + 1));
        // the answer happened two seconds before it was published, so its delay is at least that
        assertThat(scrape().sum("mla_event_delay_seconds_sum", topic)).isGreaterThanOrEqualTo(2.0);
    }

    private PrometheusScrape scrape() {
        ResponseEntity<String> response = new ApiClient(port, "ops", "ADMIN").get("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return new PrometheusScrape(response.getBody());
    }
}
