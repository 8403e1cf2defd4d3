package io.mlaprep.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.session.catalog.QuestionCatalog;
import io.mlaprep.session.session.domain.SessionItem;
import io.mlaprep.session.session.persistence.SessionStore;
import io.mlaprep.session.support.Answers;
import io.mlaprep.session.support.LearnerClient;
import io.mlaprep.session.support.RecommenderInProcess;
import io.mlaprep.session.support.SessionServiceTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/** Adaptive sessions with the real recommender, learning from the answers this service publishes. */
@SessionServiceTest
@ExtendWith(RecommenderInProcess.class)
@TestPropertySource(properties = "mla.clients.recommender-service.url=${" + RecommenderInProcess.URL + "}")
class AdaptiveSessionsIT {

    @LocalServerPort
    int port;
    @Autowired
    SessionStore store;
    @Autowired
    QuestionCatalog catalog;

    @Test
    void anAdaptiveSessionServesTheRecommendersItemsAndNotWhatWasJustAnswered() {
        LearnerClient learner = new LearnerClient(port, "adaptive-" + UUID.randomUUID());
        String practice = learner.startId(Map.of("mode", "PRACTICE", "size", 6));
        List<SessionItem> answered = store.load(learner.id(), practice).orElseThrow().items();
        for (SessionItem item : answered) {
            learner.respond(practice, item.n(), Answers.wrong(catalog.version(item.questionId(), item.version())));
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            ResponseEntity<Map> started = learner.start(Map.of("mode", "ADAPTIVE", "size", 8));
            assertThat(started.getStatusCode().value()).isEqualTo(201);
            assertThat(started.getBody().get("notice")).isNull();
            assertThat(started.getBody()).containsEntry("itemCount", 8);
            Set<String> recent = answered.stream().map(SessionItem::questionId).collect(Collectors.toSet());
            assertThat(store.load(learner.id(), (String) started.getBody().get("id")).orElseThrow().items())
                    .extracting(SessionItem::questionId).doesNotContainAnyElementsOf(recent);
        });
    }
}
