package io.mlaprep.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.Topics;
import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.session.catalog.application.QuestionCatalog;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.delivery.persistence.SessionStore;
import io.mlaprep.session.support.Answers;
import io.mlaprep.session.support.EventTap;
import io.mlaprep.session.support.LearnerClient;
import io.mlaprep.session.support.SessionServiceTest;
import io.mlaprep.testsupport.TestServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Answers are acknowledged once durable in Redis with their outbox entry; Kafka being away loses nothing. */
@SessionServiceTest
class OutboxIT {

    @LocalServerPort
    int port;
    @Autowired
    SessionStore store;
    @Autowired
    QuestionCatalog catalog;

    @Test
    void responsesAcceptedWhileKafkaIsDownArriveExactlyOnceWhenItReturns() {
        LearnerClient learner = new LearnerClient(port, "outbox-" + UUID.randomUUID());
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String session = learner.startId(Map.of("mode", "PRACTICE", "size", 10));
            sessions.add(session);
            store.load(learner.id(), session).orElseThrow().items()
                    .forEach(item -> catalog.version(item.questionId(), item.version()));
        }

        TestServers.kafka().stop();
        int accepted = 0;
        try {
            for (String session : sessions) {
                for (SessionItem item : store.load(learner.id(), session).orElseThrow().items()) {
                    CatalogItem question = catalog.version(item.questionId(), item.version());
                    if (learner.respond(session, item.n(), Answers.right(question)).getStatusCode().value() == 200) {
                        accepted++;
                    }
                }
            }
        } finally {
            TestServers.kafka().start();
        }

        assertThat(accepted).isEqualTo(100);
        try (EventTap answers = new EventTap(Topics.ANSWER_SUBMITTED, e -> learner.id().equals(e.get("learnerId").asString()))) {
            answers.await(100, Duration.ofSeconds(60));
            List<JsonNode> events = answers.settle(Duration.ofSeconds(3));
            assertThat(events).hasSize(100);
            assertThat(events.stream().map(e -> e.get("eventId").asString()).distinct()).hasSize(100);
            assertThat(events.stream().map(e -> e.get("sessionId").asString() + "#" + e.get("itemIndex").asInt())
                    .distinct()).hasSize(100);
        }
    }
}
