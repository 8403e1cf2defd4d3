package io.mlaprep.analytics.ingest;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.bulk.BulkWriteError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Collection {@code events}: {@code _id} eventId, {@code partition}, {@code offset} — each answer and
 * exam completion once, with where it was first delivered. A second copy of the same event (a producer
 * retry lands it at another offset) is recognised and skipped; a redelivery of the same record is let
 * through, and the views' offset guards make it change nothing twice. The entry is written before the
 * views, so a crash in between leaves a redelivery that is let through.
 */
@Component
public class EventLog {

    private static final String COLLECTION = "events";

    private final MongoTemplate mongo;

    public EventLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public record Entry(String eventId, Delivery delivery) {
    }

    /**
     * Records a batch; for each entry, true if it is the event's own record (first seen, here or in an
     * earlier batch, at this very partition and offset), false for a second copy. New events are
     * inserted in one unordered bulk; only the ids already in the log are read back. A copy of an event
     * always shares its key, hence its partition and its consumer, so no other writer races this check.
     */
    public boolean[] recordAll(List<Entry> entries) {
        Map<String, Delivery> firstInBatch = new LinkedHashMap<>();
        entries.forEach(entry -> firstInBatch.putIfAbsent(entry.eventId(), entry.delivery()));
        Map<String, Document> earlier = readBack(insert(firstInBatch));
        boolean[] own = new boolean[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Document stored = earlier.get(entry.eventId());
            own[i] = stored == null
                    ? firstInBatch.get(entry.eventId()).equals(entry.delivery())
                    : stored.getInteger("partition") == entry.delivery().partition()
                            && ((Number) stored.get("offset")).longValue() == entry.delivery().offset();
        }
        return own;
    }

    /** True if this delivery is the event's own record, false if it is a second copy to ignore. */
    public boolean record(Entry entry) {
        return recordAll(List.of(entry))[0];
    }

    /** The ids that were in the log already. */
    private List<String> insert(Map<String, Delivery> events) {
        List<Document> documents = new ArrayList<>(events.size());
        events.forEach((id, delivery) -> documents.add(new Document("_id", id)
                .append("partition", delivery.partition()).append("offset", delivery.offset())));
        List<String> taken = new ArrayList<>();
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION).insert(documents).execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCode() != 11000) {
                    throw e;
                }
                taken.add(documents.get(error.getIndex()).getString("_id"));
            }
        }
        return taken;
    }

    private Map<String, Document> readBack(List<String> ids) {
        Map<String, Document> stored = new HashMap<>();
        if (!ids.isEmpty()) {
            mongo.find(new Query(where("_id").in(ids)), Document.class, COLLECTION)
                    .forEach(d -> stored.put(d.getString("_id"), d));
        }
        return stored;
    }
}
