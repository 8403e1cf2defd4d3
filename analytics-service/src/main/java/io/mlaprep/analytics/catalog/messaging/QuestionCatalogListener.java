package io.mlaprep.analytics.catalog.messaging;

import io.mlaprep.analytics.catalog.persistence.QuestionCatalog;
import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.contracts.Topics;
import io.mlaprep.servicedefaults.kafka.PoisonRecordException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue, from the compacted question-changed topic: which questions are retired. */
@Component
public class QuestionCatalogListener {

    private final QuestionCatalog catalog;
    private final JsonMapper json;

    public QuestionCatalogListener(QuestionCatalog catalog, JsonMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    @KafkaListener(topics = Topics.QUESTION_CHANGED)
    public void onQuestion(ConsumerRecord<String, String> record) {
        QuestionChanged changed = json.readValue(record.value(), QuestionChanged.class);
        if (changed.questionId() == null || changed.status() == null || changed.version() < 1) {
            throw new PoisonRecordException("question event lacks questionId, status or version", null);
        }
        catalog.keep(changed);
    }
}
