package io.mlaprep.analytics.catalog.messaging;

import io.mlaprep.analytics.catalog.persistence.QuestionCatalog;
import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.contracts.Topics;
import io.mlaprep.servicedefaults.inbound.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The catalogue, from the compacted question-changed topic: which questions are retired. */
@Component
public class QuestionCatalogListener {

    private final InboundEvents inbound;
    private final QuestionCatalog catalog;

    public QuestionCatalogListener(InboundEvents inbound, QuestionCatalog catalog) {
        this.inbound = inbound;
        this.catalog = catalog;
    }

    @KafkaListener(topics = Topics.QUESTION_CHANGED)
    public void onQuestion(ConsumerRecord<String, String> record) {
        inbound.accept(record, QuestionChanged.class, changed -> catalog.keep(changed.event()));
    }
}
