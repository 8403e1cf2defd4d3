package io.mlaprep.analytics.ingest.messaging;

import io.mlaprep.analytics.ingest.application.ProgressIngest;
import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.Topics;
import io.mlaprep.servicedefaults.inbound.InboundEvents;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Answers, a batch at a time, through the inbound gate. */
@Component
public class AnswerListener {

    private final InboundEvents inbound;
    private final ProgressIngest ingest;

    public AnswerListener(InboundEvents inbound, ProgressIngest ingest) {
        this.inbound = inbound;
        this.ingest = ingest;
    }

    @KafkaListener(topics = Topics.ANSWER_SUBMITTED, batch = "true")
    public void onAnswers(List<ConsumerRecord<String, String>> records) {
        inbound.acceptBatch(records, AnswerSubmitted.class, ingest::answers);
    }
}
