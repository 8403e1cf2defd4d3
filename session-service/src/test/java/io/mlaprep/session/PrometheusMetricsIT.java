package io.mlaprep.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.session.catalog.application.QuestionCatalog;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.delivery.persistence.SessionStore;
import io.mlaprep.session.support.Answers;
import io.mlaprep.session.support.LearnerClient;
import io.mlaprep.session.support.SessionServiceTest;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.PrometheusScrape;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/** Operators scrape the service's metrics with an ADMIN token: answers by mode, the outboxes, dead letters, breakers. */
@SessionServiceTest
class PrometheusMetricsIT {

    @LocalServerPort
    int port;
    @Autowired
    SessionStore store;
    @Autowired
    QuestionCatalog catalog;

    @Test
    void anAcceptedAnswerIsCountedUnderItsSessionsMode() {
        double before = scrape().sum("mla_answers_total", "mode=\"PRACTICE\"");
        LearnerClient learner = new LearnerClient(port, "metrics-" + UUID.randomUUID());
        String session = learner.startId(Map.of("mode", "PRACTICE", "size", 2));
        for (SessionItem item : store.load(learner.id(), session).orElseThrow().items()) {
            CatalogItem question = catalog.version(item.questionId(), item.version());
            assertThat(learner.respond(session, item.n(), Answers.right(question)).getStatusCode().value())
                    .isEqualTo(200);
        }

        PrometheusScrape after = scrape();
        assertThat(after.sum("mla_answers_total", "mode=\"PRACTICE\"")).isEqualTo(before + 2);
        assertThat(after.names()).contains("mla_outbox_depth", "mla_outbox_oldest_age_seconds",
                "mla_dead_letters_total", "resilience4j_circuitbreaker_state", "http_server_requests_seconds_bucket");
        assertThat(after.names()).as("no timer per Redis command").noneMatch(name -> name.startsWith("lettuce"));
    }

    private PrometheusScrape scrape() {
        ResponseEntity<String> response = new ApiClient(port, "ops", "ADMIN").get("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return new PrometheusScrape(response.getBody());
    }
}
