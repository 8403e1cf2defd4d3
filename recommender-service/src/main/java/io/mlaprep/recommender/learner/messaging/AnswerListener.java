package io.mlaprep.recommender.learner.messaging;

import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.contracts.Topics;
import io.mlaprep.recommender.learner.application.LearnerModelService;
import io.mlaprep.recommender.memory.domain.Confidence;
import io.mlaprep.servicedefaults.kafka.PoisonRecordException;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Each answer is a review of that question for that learner and evidence of their mastery. */
@Component
public class AnswerListener {

    private final LearnerModelService model;
    private final JsonMapper json;

    public AnswerListener(LearnerModelService model, JsonMapper json) {
        this.model = model;
        this.json = json;
    }

    @KafkaListener(topics = Topics.ANSWER_SUBMITTED)
    public void onAnswer(ConsumerRecord<String, String> record) {
        AnswerSubmitted answer = json.readValue(record.value(), AnswerSubmitted.class);
        if (answer.eventId() == null || answer.learnerId() == null || answer.questionId() == null
                || answer.occurredAt() == null || ExamGuide.taskStatement(answer.taskStatement() == null ? ""
                : answer.taskStatement()).isEmpty() || !isConfidence(answer.confidence())) {
            throw new PoisonRecordException("answer event lacks eventId, learnerId, questionId or occurredAt, "
                    + "names no MLA-C01 task statement, or has a confidence other than LOW, MEDIUM, HIGH or none",
                    null);
        }
        model.apply(answer, record.topic() + "-" + record.partition(), record.offset());
    }

    private static boolean isConfidence(String confidence) {
        return confidence == null
                || Arrays.stream(Confidence.values()).anyMatch(known -> known.name().equals(confidence));
    }
}
