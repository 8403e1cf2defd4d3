package io.mlaprep.session.delivery.application;

import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.SessionCompleted;
import io.mlaprep.contracts.Topics;
import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.session.delivery.domain.Session;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.delivery.domain.SessionResult;
import io.mlaprep.session.delivery.persistence.OutboxEvent;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The events a session announces, as outbox entries carrying the id and trace of the request that caused them. */
@Component
public class SessionEvents {

    private final JsonMapper json;
    private final CurrentRequest request;

    public SessionEvents(JsonMapper json, CurrentRequest request) {
        this.json = json;
        this.request = request;
    }

    /** An answered (or, at an exam's finish, counted) item; {@code at} is when it counts as answered. */
    public OutboxEvent answered(Session session, SessionItem item, CatalogItem question, Instant at) {
        AnswerSubmitted event = new AnswerSubmitted(UUID.randomUUID(), AnswerSubmitted.SCHEMA_VERSION, at,
                session.learnerId(), session.id(), session.mode().name(), item.n(), item.questionId(), item.version(),
                item.domain(), item.taskStatement(), item.type(),
                item.response() == null ? new ItemResponse(null, null, null) : item.response(),
                Boolean.TRUE.equals(item.correct()), item.scored(),
                item.responseTimeMs() == null ? 0 : item.responseTimeMs(),
                item.confidence() == null ? null : item.confidence().name(), question.difficulty());
        return new OutboxEvent(Topics.ANSWER_SUBMITTED, session.learnerId(), json.writeValueAsString(event),
                request.id(), request.traceparent());
    }

    public OutboxEvent completed(Session session, SessionResult result, Instant finishedAt) {
        SessionCompleted event = new SessionCompleted(UUID.randomUUID(), SessionCompleted.SCHEMA_VERSION, finishedAt,
                session.learnerId(), session.id(), session.mode().name(), session.startedAt(), finishedAt,
                result.scaledScore(), result.passed(), result.domains());
        return new OutboxEvent(Topics.SESSION_COMPLETED, session.learnerId(), json.writeValueAsString(event),
                request.id(), request.traceparent());
    }
}
