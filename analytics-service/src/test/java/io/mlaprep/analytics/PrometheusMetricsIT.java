package io.mlaprep.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.analytics.support.AnalyticsServiceTest;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.PrometheusScrape;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/** Operators scrape the service's metrics with an ADMIN token: dead letters, the consumers' lag, the breaker. */
@AnalyticsServiceTest
class PrometheusMetricsIT {

    @LocalServerPort
    int port;

    @Test
    void theScrapeHasDeadLettersConsumerLagAndTheBreakersState() {
        ResponseEntity<String> response = new ApiClient(port, "ops", "ADMIN").get("/actuator/prometheus", String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        PrometheusScrape scrape = new PrometheusScrape(response.getBody());
        assertThat(scrape.names()).contains("mla_dead_letters_total", "kafka_consumer_fetch_manager_records_lag_max",
                "resilience4j_circuitbreaker_state");
    }
}
