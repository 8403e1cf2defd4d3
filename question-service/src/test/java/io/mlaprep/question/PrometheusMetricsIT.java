package io.mlaprep.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.question.support.QuestionServiceTest;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.PrometheusScrape;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/** Operators scrape the service's metrics, its domain metrics among them, with an ADMIN token and only with one. */
@QuestionServiceTest
class PrometheusMetricsIT {

    @LocalServerPort
    int port;

    @Test
    void theScrapeHasTheOutboxAndDeadLetterMetrics() {
        ResponseEntity<String> response = new ApiClient(port, "ops", "ADMIN").get("/actuator/prometheus", String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        PrometheusScrape scrape = new PrometheusScrape(response.getBody());
        assertThat(scrape.names()).contains("mla_outbox_depth", "mla_outbox_oldest_age_seconds",
                "mla_dead_letters_total", "http_server_requests_seconds_count");
        assertThat(scrape.lines("mla_outbox_depth")).contains("outbox=\"question-changed\"");
    }

    @Test
    void aLearnersTokenGetsNoMetrics() {
        assertThat(new ApiClient(port, "learner-1", "LEARNER").get("/actuator/prometheus", String.class)
                .getStatusCode().value()).isEqualTo(403);
    }
}
