package io.mlaprep.analytics.ingest.messaging;

import io.mlaprep.analytics.ingest.application.ProgressIngest;
import io.mlaprep.contracts.LearnerModelChanged;
import io.mlaprep.contracts.Topics;
import io.mlaprep.servicedefaults.inbound.Delivered;
import io.mlaprep.servicedefaults.inbound.InboundEvents;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The recommender's learner models, a batch at a time, through the inbound gate. */
@Component
public class LearnerModelListener {

    private final InboundEvents inbound;
    private final ProgressIngest ingest;

    public LearnerModelListener(InboundEvents inbound, ProgressIngest ingest) {
        this.inbound = inbound;
        this.ingest = ingest;
    }

    @KafkaListener(topics = Topics.LEARNER_MODEL_CHANGED, batch = "true")
    public void onModels(List<ConsumerRecord<String, String>> records) {
        inbound.acceptBatch(records, LearnerModelChanged.class,
                models -> ingest.learnerModels(models.stream().map(Delivered::event).toList()));
    }
}
