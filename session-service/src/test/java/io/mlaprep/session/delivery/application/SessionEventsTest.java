package io.mlaprep.session.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.Topics;
import io.mlaprep.session.catalog.CatalogItems;
import io.mlaprep.session.delivery.domain.Confidence;
import io.mlaprep.session.delivery.domain.Session;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.delivery.domain.SessionMode;
import io.mlaprep.session.delivery.domain.SessionResult;
import io.mlaprep.session.delivery.domain.SessionStatus;
import io.mlaprep.session.delivery.persistence.OutboxEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SessionEventsTest {

    private static final Instant STARTED = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant ANSWERED = STARTED.plusSeconds(40);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Session PRACTICE = new Session("s-1", "learner-1", SessionMode.PRACTICE,
            SessionStatus.IN_PROGRESS, 1, STARTED, null, null, null, null, null, 0);

    private final SessionEvents events = new SessionEvents(JSON, () -> "req-7");

    @Test
    void anAnswerIsAnnouncedUnderTheLearnerWithTheRequestThatGaveIt() {
        SessionItem answered = new SessionItem(1, "q-1", 2, 1, "1.1", QuestionType.MULTIPLE_CHOICE, true,
                List.of("b", "a"), null, new ItemResponse(List.of("a"), null, null), true, ANSWERED, false,
                Confidence.HIGH, "client-1", 40_000L, null, null);

        OutboxEvent event = events.answered(PRACTICE, answered, CatalogItems.question("q-1", 2), ANSWERED);

        assertThat(event.topic()).isEqualTo(Topics.ANSWER_SUBMITTED);
        assertThat(event.key()).isEqualTo("learner-1");
        assertThat(event.requestId()).isEqualTo("req-7");
        JsonNode json = JSON.readTree(event.json());
        assertThat(json.get("sessionId").asString()).isEqualTo("s-1");
        assertThat(json.get("questionId").asString()).isEqualTo("q-1");
        assertThat(json.get("correct").asBoolean()).isTrue();
        assertThat(json.get("confidence").asString()).isEqualTo("HIGH");
        assertThat(json.get("responseTimeMs").asLong()).isEqualTo(40_000L);
    }

    @Test
    void aSessionFinishedOutsideAnyRequestIsAnnouncedWithoutARequestId() {
        SessionEvents sweeping = new SessionEvents(JSON, () -> null);

        OutboxEvent event = sweeping.completed(PRACTICE, new SessionResult(1, 1, null, null, List.of()), ANSWERED);

        assertThat(event.topic()).isEqualTo(Topics.SESSION_COMPLETED);
        assertThat(event.requestId()).isEmpty();
        assertThat(JSON.readTree(event.json()).get("sessionId").asString()).isEqualTo("s-1");
    }
}
