package io.mlaprep.analytics.catalog;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.contracts.Topics;
import io.mlaprep.servicedefaults.kafka.PoisonRecordException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Collection {@code questions}: questionId -> latest version, status, domain, task statement, type,
 * from the compacted question-changed topic; an older version never overwrites a newer one.
 */
@Component
public class QuestionCatalogListener {

    static final String COLLECTION = "questions";

    private final MongoTemplate mongo;
    private final JsonMapper json;

    public QuestionCatalogListener(MongoTemplate mongo, JsonMapper json) {
        this.mongo = mongo;
        this.json = json;
    }

    @KafkaListener(topics = Topics.QUESTION_CHANGED, groupId = "analytics-service")
    public void onQuestion(ConsumerRecord<String, String> record) {
        QuestionChanged changed = json.readValue(record.value(), QuestionChanged.class);
        if (changed.questionId() == null || changed.status() == null || changed.version() < 1) {
            throw new PoisonRecordException("question event lacks questionId, status or version", null);
        }
        Criteria notNewer = new Criteria().orOperator(where("version").exists(false),
                where("version").lte(changed.version()));
        try {
            mongo.upsert(new Query(where("_id").is(changed.questionId())).addCriteria(notNewer), new Update()
                    .set("version", changed.version()).set("status", changed.status().name())
                    .set("domain", changed.domain()).set("taskStatement", changed.taskStatement())
                    .set("type", changed.type().name()), COLLECTION);
        } catch (org.springframework.dao.DuplicateKeyException newerKept) {
            // a newer version is already recorded
        }
    }
}
