package io.mlaprep.analytics.learner.messaging;

import io.mlaprep.analytics.ingest.Delivery;
import io.mlaprep.analytics.ingest.EventLog;
import io.mlaprep.analytics.items.persistence.ExamAttemptStore;
import io.mlaprep.analytics.learner.persistence.LearnerViewStore;
import io.mlaprep.contracts.SessionCompleted;
import io.mlaprep.contracts.Topics;
import io.mlaprep.servicedefaults.kafka.PoisonRecordException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every finished session joins the learner's latest sessions; a finished exam also joins their exam
 * history and completes its sheet for item statistics.
 */
@Component
public class SessionCompletedListener {

    private final EventLog events;
    private final LearnerViewStore learners;
    private final ExamAttemptStore exams;
    private final JsonMapper json;

    public SessionCompletedListener(EventLog events, LearnerViewStore learners, ExamAttemptStore exams,
                                    JsonMapper json) {
        this.events = events;
        this.learners = learners;
        this.exams = exams;
        this.json = json;
    }

    @KafkaListener(topics = Topics.SESSION_COMPLETED)
    public void onCompleted(ConsumerRecord<String, String> record) {
        SessionCompleted completed = json.readValue(record.value(), SessionCompleted.class);
        if (completed.eventId() == null || completed.learnerId() == null || completed.sessionId() == null
                || completed.finishedAt() == null) {
            throw new PoisonRecordException("session event lacks eventId, learnerId, sessionId or finishedAt", null);
        }
        Delivery delivery = Delivery.of(record);
        if (!events.record(new EventLog.Entry(completed.eventId().toString(), delivery))) {
            return;
        }
        learners.addCompletion(completed, delivery);
        if ("EXAM".equals(completed.mode())) {
            exams.complete(completed.sessionId(), completed.finishedAt());
        }
    }
}
