package io.mlaprep.analytics.ingest.messaging;

import io.mlaprep.analytics.ingest.application.ProgressIngest;
import io.mlaprep.contracts.SessionCompleted;
import io.mlaprep.contracts.Topics;
import io.mlaprep.servicedefaults.inbound.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Finished sessions, through the inbound gate. */
@Component
public class SessionCompletedListener {

    private final InboundEvents inbound;
    private final ProgressIngest ingest;

    public SessionCompletedListener(InboundEvents inbound, ProgressIngest ingest) {
        this.inbound = inbound;
        this.ingest = ingest;
    }

    @KafkaListener(topics = Topics.SESSION_COMPLETED)
    public void onCompleted(ConsumerRecord<String, String> record) {
        inbound.accept(record, SessionCompleted.class, ingest::completed);
    }
}
