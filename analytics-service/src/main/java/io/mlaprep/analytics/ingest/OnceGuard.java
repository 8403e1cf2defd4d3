package io.mlaprep.analytics.ingest;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Applies an update to a view document at most once per Kafka record: the document keeps the last
 * offset it applied per topic partition, and the update only matches while this record's offset is
 * newer. One single-document write, so no transaction is needed; records of a partition arrive in
 * offset order, so "newer" is exact.
 */
@Component
public class OnceGuard {

    private final MongoTemplate mongo;

    public OnceGuard(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The document after the update, or empty if this record was applied to it before. */
    public Optional<Document> apply(String collection, Object id, Delivery delivery, Update update) {
        Criteria notYet = new Criteria().orOperator(where(delivery.appliedField()).exists(false),
                where(delivery.appliedField()).lt(delivery.offset()));
        try {
            return Optional.ofNullable(mongo.findAndModify(new Query(where("_id").is(id)).addCriteria(notYet),
                    update.set(delivery.appliedField(), delivery.offset()),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, collection));
        } catch (DuplicateKeyException alreadyApplied) {
            return Optional.empty();
        }
    }
}
