package io.mlaprep.recommender.catalog.messaging;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.contracts.Topics;
import io.mlaprep.recommender.catalog.persistence.CatalogStore;
import io.mlaprep.servicedefaults.kafka.PoisonRecordException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the catalogue current; retired questions are never recommended. An entry is checked against the exam guide
 * here, before it is stored: a stored entry is read on every recommendation, so a bad one would break them all.
 */
@Component
public class QuestionCatalogListener {

    private final CatalogStore catalog;
    private final JsonMapper json;

    public QuestionCatalogListener(CatalogStore catalog, JsonMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    @KafkaListener(topics = Topics.QUESTION_CHANGED)
    public void onQuestion(ConsumerRecord<String, String> record) {
        QuestionChanged changed = json.readValue(record.value(), QuestionChanged.class);
        if (changed.questionId() == null || changed.status() == null || changed.taskStatement() == null
                || !ExamGuide.taskBelongsToDomain(changed.taskStatement(), changed.domain())) {
            throw new PoisonRecordException("question event lacks questionId, status or taskStatement, "
                    + "or its task statement is not one of its MLA-C01 domain", null);
        }
        catalog.put(changed);
    }
}
