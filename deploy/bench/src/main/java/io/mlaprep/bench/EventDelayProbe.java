package io.mlaprep.bench;

import io.mlaprep.contracts.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long answers took from being stored until each consumer had handled them: the consumers'
 * {@code mla_event_delay_seconds{topic="mla.answer-submitted.v1"}} histograms, scraped from their
 * {@code /actuator/prometheus} (an ADMIN token) before and after a phase; their difference is the phase's.
 */
final class EventDelayProbe {

    static final String METRIC = "mla_event_delay_seconds";

    private final Map<String, URI> consumers;
    private final String adminToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param consumers each consumer's name and base URL (its own port, where its actuator is) */
    EventDelayProbe(Map<String, URI> consumers, String adminToken) {
        this.consumers = Map.copyOf(consumers);
        this.adminToken = adminToken;
    }

    Map<String, PrometheusHistogram> scrape() {
        Map<String, PrometheusHistogram> byConsumer = new LinkedHashMap<>();
        consumers.forEach((name, url) -> byConsumer.put(name, PrometheusHistogram.parse(prometheus(url), METRIC,
                "topic", Topics.ANSWER_SUBMITTED)));
        return byConsumer;
    }

    private String prometheus(URI base) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/actuator/prometheus"))
                    .header("Authorization", "Bearer " + adminToken).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(base + "/actuator/prometheus answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot scrape " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
