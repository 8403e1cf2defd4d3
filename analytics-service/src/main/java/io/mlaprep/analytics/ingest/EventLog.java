package io.mlaprep.analytics.ingest;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
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

    /** One event to record, with what the log keeps of it. */
    public record Entry(String eventId, String type, String subject, Instant occurredAt, Delivery delivery,
                        String payload) {
    }

    /**
     * Records a batch; for each entry, true if it is the event's own record (first seen, or seen before
     * at this very partition and offset), false for a second copy. A copy of an event always shares its
     * key, hence its partition and its consumer, so no other writer races this check.
     */
    public boolean[] recordAll(List<Entry> entries) {
        List<String> ids = entries.stream().map(Entry::eventId).toList();
        Query known = new Query(where("_id").in(ids));
        known.fields().include("partition", "offset");
        Map<String, Document> existing = new HashMap<>();
        mongo.find(known, Document.class, COLLECTION).forEach(d -> existing.put(d.getString("_id"), d));
        boolean[] own = new boolean[entries.size()];
        Set<String> firstInBatch = new HashSet<>();
        List<Document> fresh = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Document stored = existing.get(entry.eventId());
            if (stored != null) {
                own[i] = stored.getInteger("partition") == entry.delivery().partition()
                        && ((Number) stored.get("offset")).longValue() == entry.delivery().offset();
            } else if (firstInBatch.add(entry.eventId())) {
                own[i] = true;
                fresh.add(new Document("_id", entry.eventId()).append("type", entry.type())
                        .append("subject", entry.subject()).append("occurredAt", entry.occurredAt())
                        .append("partition", entry.delivery().partition()).append("offset", entry.delivery().offset())
                        .append("payload", entry.payload()));
            }
        }
        if (!fresh.isEmpty()) {
            try {
                mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION).insert(fresh).execute();
            } catch (BulkOperationException e) {
                if (e.getErrors().stream().anyMatch(error -> error.getCode() != 11000)) {
                    throw e;
                }
            }
        }
        return own;
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
