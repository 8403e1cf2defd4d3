package io.mlaprep.analytics.ingest;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Collection {@code events}: every event once, under its eventId as {@code _id}, with the partition
 * and offset of its first delivery. A second copy of the same event (a producer retry lands it at
 * another offset) is recognised and skipped; a redelivery of the same record is let through, and the
 * views' offset guards make it change nothing twice.
 */
@Component
public class EventLog {

    private static final String COLLECTION = "events";

    private final MongoTemplate mongo;

    public EventLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** True if this delivery is the event's own record, false if it is a duplicate copy to ignore. */
    public boolean record(String eventId, String type, String subject, Instant occurredAt, Delivery delivery,
                          String payload) {
        Document stored = mongo.findAndModify(new Query(where("_id").is(eventId)),
                new Update().setOnInsert("type", type).setOnInsert("subject", subject)
                        .setOnInsert("occurredAt", occurredAt).setOnInsert("partition", delivery.partition())
                        .setOnInsert("offset", delivery.offset()).setOnInsert("payload", payload),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        return stored != null && stored.getInteger("partition") == delivery.partition()
                && ((Number) stored.get("offset")).longValue() == delivery.offset();
    }
}
