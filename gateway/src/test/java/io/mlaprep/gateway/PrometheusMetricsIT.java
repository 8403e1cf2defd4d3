package io.mlaprep.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.testsupport.PrometheusScrape;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Prometheus scrapes the gateway on its management port, and never through the public one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "QUESTION_SERVICE_URL=http://127.0.0.1:9", "SESSION_SERVICE_URL=http://127.0.0.1:9",
        "ANALYTICS_SERVICE_URL=http://127.0.0.1:9", "RECOMMENDER_SERVICE_URL=http://127.0.0.1:9",
        "MANAGEMENT_PORT=0", "mla.data-dir=target/gateway-it-data"})
@RealServers(Server.REDIS)
class PrometheusMetricsIT {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @Test
    void theManagementPortServesTheScrapeWithTheRequestsServed() {
        // a request of its own, so the HTTP server metrics have something to show
        assertThat(get(port, "/.well-known/jwks.json").getStatusCode().value()).isEqualTo(200);

        ResponseEntity<String> response = get(managementPort, "/actuator/prometheus");

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(new PrometheusScrape(response.getBody()).names())
                .contains("http_server_requests_seconds_count", "http_server_requests_seconds_bucket", "jvm_memory_used_bytes");
    }

    @Test
    void redisCommandsAreNotObservedOneByOne() {
        // a sign-in takes a token from its client address's bucket in Redis, right or wrong
        RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build()
                .post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .body("{\"email\":\"nobody@example.com\",\"password\":\"wrong-password\"}").retrieve().toBodilessEntity();

        PrometheusScrape scrape = new PrometheusScrape(get(managementPort, "/actuator/prometheus").getBody());

        assertThat(scrape.names()).contains("http_server_requests_seconds_count")
                .noneMatch(name -> name.startsWith("lettuce"));
    }

    @Test
    void thePublicPortHasNoScrape() {
        assertThat(get(port, "/actuator/prometheus").getStatusCode().value()).isEqualTo(404);
    }

    private static ResponseEntity<String> get(int port, String path) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build()
                .get().uri(path).retrieve().toEntity(String.class);
    }
}
