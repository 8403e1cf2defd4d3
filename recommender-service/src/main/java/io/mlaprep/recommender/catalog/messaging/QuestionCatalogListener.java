package io.mlaprep.recommender.catalog.messaging;

import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.contracts.Topics;
import io.mlaprep.recommender.catalog.persistence.CatalogStore;
import io.mlaprep.servicedefaults.inbound.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the catalogue current; retired questions are never recommended. The gate's schema check (a task statement
 * of the question's own MLA-C01 domain among them) comes before the store: a stored entry is read on every
 * recommendation, so a bad one would break them all.
 */
@Component
public class QuestionCatalogListener {

    private final InboundEvents inbound;
    private final CatalogStore catalog;

    public QuestionCatalogListener(InboundEvents inbound, CatalogStore catalog) {
        this.inbound = inbound;
        this.catalog = catalog;
    }

    @KafkaListener(topics = Topics.QUESTION_CHANGED)
    public void onQuestion(ConsumerRecord<String, String> record) {
        inbound.accept(record, QuestionChanged.class, changed -> catalog.put(changed.event()));
    }
}
