package io.mlaprep.analytics.learner;

import io.mlaprep.analytics.ingest.Delivery;
import io.mlaprep.analytics.ingest.EventLog;
import io.mlaprep.analytics.learner.persistence.LearnerViewStore;
import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.Topics;
import io.mlaprep.servicedefaults.kafka.PoisonRecordException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

@Component
public class AnswerListener {

    private final EventLog events;
    private final LearnerViewStore learners;
    private final JsonMapper json;

    public AnswerListener(EventLog events, LearnerViewStore learners, JsonMapper json) {
        this.events = events;
        this.learners = learners;
        this.json = json;
    }

    @KafkaListener(topics = Topics.ANSWER_SUBMITTED, groupId = "analytics-service")
    public void onAnswer(ConsumerRecord<String, String> record) {
        AnswerSubmitted answer = json.readValue(record.value(), AnswerSubmitted.class);
        if (answer.eventId() == null || answer.learnerId() == null || answer.taskStatement() == null
                || answer.occurredAt() == null) {
            throw new PoisonRecordException("answer event without eventId, learnerId, taskStatement or occurredAt",
                    null);
        }
        Delivery delivery = new Delivery(record.topic(), record.partition(), record.offset());
        if (events.record(answer.eventId().toString(), Topics.ANSWER_SUBMITTED, answer.learnerId(),
                answer.occurredAt(), delivery, record.value())) {
            learners.apply(answer, delivery);
        }
    }
}
