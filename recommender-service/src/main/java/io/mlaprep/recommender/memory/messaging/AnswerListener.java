package io.mlaprep.recommender.memory.messaging;

import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.Topics;
import io.mlaprep.recommender.memory.domain.Confidence;
import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.recommender.memory.domain.Grade;
import io.mlaprep.recommender.memory.domain.MemoryState;
import io.mlaprep.recommender.memory.persistence.MemoryStore;
import io.mlaprep.servicedefaults.kafka.PoisonRecordException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Each answer is a review of that question for that learner, at the answer's event time. */
@Component
public class AnswerListener {

    private final MemoryStore memory;
    private final Fsrs fsrs;
    private final JsonMapper json;

    public AnswerListener(MemoryStore memory, Fsrs fsrs, JsonMapper json) {
        this.memory = memory;
        this.fsrs = fsrs;
        this.json = json;
    }

    @KafkaListener(topics = Topics.ANSWER_SUBMITTED, groupId = "recommender-service")
    public void onAnswer(ConsumerRecord<String, String> record) {
        AnswerSubmitted answer = json.readValue(record.value(), AnswerSubmitted.class);
        if (answer.eventId() == null || answer.learnerId() == null || answer.questionId() == null
                || answer.occurredAt() == null) {
            throw new PoisonRecordException("answer event without eventId, learnerId, questionId or occurredAt", null);
        }
        String eventId = answer.eventId().toString();
        var prior = memory.find(answer.learnerId(), answer.questionId());
        if (prior.isPresent() && eventId.equals(prior.get().lastEventId())) {
            return; // the same event delivered again under another offset (a producer retry)
        }
        Grade grade = Grade.fromAnswer(answer.correct(),
                answer.confidence() == null ? null : Confidence.valueOf(answer.confidence()));
        MemoryState next = fsrs.review(prior.map(MemoryStore.Entry::state).orElse(null), grade, answer.occurredAt());
        memory.save(answer.learnerId(), answer.questionId(), next, eventId,
                record.topic() + "-" + record.partition(), record.offset());
    }
}
