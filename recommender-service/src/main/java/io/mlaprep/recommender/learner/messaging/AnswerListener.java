package io.mlaprep.recommender.learner.messaging;

import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.Topics;
import io.mlaprep.recommender.learner.application.LearnerModelService;
import io.mlaprep.servicedefaults.inbound.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Each answer, through the inbound gate, is a review of that question for that learner and evidence of their mastery. */
@Component
public class AnswerListener {

    private final InboundEvents inbound;
    private final LearnerModelService model;

    public AnswerListener(InboundEvents inbound, LearnerModelService model) {
        this.inbound = inbound;
        this.model = model;
    }

    @KafkaListener(topics = Topics.ANSWER_SUBMITTED, concurrency = "${mla.recommender.answer-consumers}")
    public void onAnswer(ConsumerRecord<String, String> record) {
        inbound.accept(record, AnswerSubmitted.class, answer -> model.apply(answer.event(),
                answer.delivery().topicPartition(), answer.delivery().offset()));
    }
}
