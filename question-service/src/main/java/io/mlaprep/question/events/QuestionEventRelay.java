package io.mlaprep.question.events;

import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.Topics;
import io.mlaprep.question.bank.persistence.PendingEvent;
import io.mlaprep.question.bank.persistence.QuestionStore;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the question-changed events waiting in question documents, in order per question, and
 * removes each only after the broker acknowledged it. A crash in between publishes it again, which
 * consumers absorb: they are idempotent on eventId and keep the highest version.
 */
@Component
public class QuestionEventRelay {

    private static final Logger log = LoggerFactory.getLogger(QuestionEventRelay.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final QuestionStore store;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;

    public QuestionEventRelay(QuestionStore store, KafkaTemplate<String, String> kafka, JsonMapper json) {
        this.store = store;
        this.kafka = kafka;
        this.json = json;
    }

    @Scheduled(fixedDelayString = "${mla.outbox.poll-interval:250ms}")
    public void relay() {
        try {
            for (QuestionStore.QuestionEvents pending : store.pendingEvents(200)) {
                for (PendingEvent event : pending.events()) {
                    kafka.send(Topics.QUESTION_CHANGED, pending.questionId(),
                                    json.writeValueAsString(toEvent(pending.questionId(), event)))
                            .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    store.removePendingEvent(pending.questionId(), event.eventId());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("question events not relayed yet, will retry: {}", e.toString());
        }
    }

    private static QuestionChanged toEvent(String questionId, PendingEvent event) {
        return new QuestionChanged(UUID.fromString(event.eventId()), QuestionChanged.SCHEMA_VERSION,
                event.occurredAt(), questionId, event.version(), QuestionChanged.Status.valueOf(event.status()),
                event.domain(), event.taskStatement(), QuestionType.valueOf(event.type()), event.difficulty());
    }
}
