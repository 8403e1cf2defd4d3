package io.mlaprep.servicedefaults.inbound;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Claims as documents {@code {_id: eventId, partition, offset}}: the batch's new events are inserted in one
 * unordered bulk, and only the ids that were there already are read back to compare their delivery.
 */
public class MongoEventClaims implements EventClaims {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> claims;

    public MongoEventClaims(MongoCollection<Document> claims) {
        this.claims = claims;
    }

    @Override
    public boolean[] claim(List<Claim> batch) {
        Map<String, Delivery> firstInBatch = new LinkedHashMap<>();
        batch.forEach(claim -> firstInBatch.putIfAbsent(claim.eventId(), claim.delivery()));
        Map<String, Document> earlier = readBack(insert(firstInBatch));
        boolean[] own = new boolean[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            Claim claim = batch.get(i);
            Document stored = earlier.get(claim.eventId());
            own[i] = stored == null
                    ? firstInBatch.get(claim.eventId()).equals(claim.delivery())
                    : stored.getInteger("partition") == claim.delivery().partition()
                            && ((Number) stored.get("offset")).longValue() == claim.delivery().offset();
        }
        return own;
    }

    /** The ids that were claimed already. */
    private List<String> insert(Map<String, Delivery> events) {
        List<Document> documents = new ArrayList<>(events.size());
        events.forEach((id, delivery) -> documents.add(new Document("_id", id)
                .append("partition", delivery.partition()).append("offset", delivery.offset())));
        List<String> taken = new ArrayList<>();
        if (documents.isEmpty()) {
            return taken;
        }
        try {
            claims.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
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
            claims.find(in("_id", ids)).forEach(d -> stored.put(d.getString("_id"), d));
        }
        return stored;
    }
}
