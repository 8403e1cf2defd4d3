package io.mlaprep.recommender;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.recommender.support.RecommenderServiceTest;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.PrometheusScrape;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * Operators scrape the service's metrics with an ADMIN token: recommendation latency, readiness predictions, the
 * outboxes, dead letters and the consumers' lag.
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

    private PrometheusScrape scrape() {
        ResponseEntity<String> response = new ApiClient(port, "ops", "ADMIN").get("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return new PrometheusScrape(response.getBody());
    }
}
