package io.mlaprep.analytics.ingest;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
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

    /** A record's contribution to one document. */
    public record Contribution<R>(Object documentId, Delivery delivery, R record) {
    }

    /**
     * The batch form: per document, merges the records it has not applied yet into one update, and
     * writes all documents in one bulk request. Each update is a compare-and-set on the document's
     * revision ({@code rev}) read just before, so a stale consumer (one whose partition was already
     * reassigned) cannot apply anything twice: its write matches nothing and it re-reads. The query is
     * exactly {@code {_id, rev}}, which the unique index on those two fields serves on any MongoDB
     * (the local stand-in uses an index only for a query of exactly its keys).
     */
    public <R> void applyAll(String collection, List<Contribution<R>> contributions, Function<List<R>, Update> merge) {
        Map<Object, List<Contribution<R>>> pending = new LinkedHashMap<>();
        contributions.forEach(c -> pending.computeIfAbsent(c.documentId(), id -> new ArrayList<>()).add(c));
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            Map<Object, Document> current = read(collection, pending.keySet());
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            Map<Object, Map<String, Long>> expected = new LinkedHashMap<>();
            for (Map.Entry<Object, List<Contribution<R>>> document : pending.entrySet()) {
                Document stored = current.get(document.getKey());
                Document offsets = stored == null ? new Document() : stored.get("applied", new Document());
                Map<String, Long> newest = new LinkedHashMap<>();
                List<R> fresh = new ArrayList<>();
                for (Contribution<R> contribution : document.getValue()) {
                    long last = lastApplied(offsets, contribution.delivery());
                    if (contribution.delivery().offset() > last) {
                        fresh.add(contribution.record());
                        newest.merge(contribution.delivery().appliedField(), contribution.delivery().offset(), Math::max);
                    }
                }
                if (fresh.isEmpty()) {
                    continue;
                }
                Update update = merge.apply(fresh).inc("rev", 1);
                newest.forEach(update::set);
                Object revision = stored == null ? null : stored.get("rev");
                Query query = new Query(where("_id").is(document.getKey()));
                if (stored == null || revision != null) {
                    query.addCriteria(where("rev").is(revision == null ? 0 : revision));
                } else {
                    query.addCriteria(where("rev").exists(false));
                }
                bulk.upsert(query, update);
                expected.put(document.getKey(), newest);
            }
            if (expected.isEmpty()) {
                return;
            }
            execute(bulk);
            Map<Object, Document> after = read(collection, expected.keySet());
            pending.keySet().removeIf(id -> !expected.containsKey(id) || applied(after.get(id), expected.get(id)));
            if (attempt == 5 && !pending.isEmpty()) {
                throw new IllegalStateException("concurrent writers kept changing " + pending.keySet());
            }
        }
    }

    private Map<Object, Document> read(String collection, java.util.Collection<Object> ids) {
        Map<Object, Document> documents = new HashMap<>();
        Query query = new Query(where("_id").in(ids));
        query.fields().include("applied", "rev");
        mongo.find(query, Document.class, collection).forEach(d -> documents.put(d.get("_id"), d));
        return documents;
    }

    private static long lastApplied(Document offsets, Delivery delivery) {
        Object stored = offsets.get(delivery.appliedField().substring("applied.".length()));
        return stored instanceof Number n ? n.longValue() : -1;
    }

    private static boolean applied(Document document, Map<String, Long> newest) {
        if (document == null) {
            return false;
        }
        Document offsets = document.get("applied", new Document());
        return newest.entrySet().stream().allMatch(field -> {
            Object stored = offsets.get(field.getKey().substring("applied.".length()));
            return stored instanceof Number n && n.longValue() >= field.getValue();
        });
    }

    private static void execute(BulkOperations bulk) {
        try {
            bulk.execute();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != 11000)) {
                throw e;
            }
        }
    }

    /** The unique index that lets the revision compare-and-set find its document by index everywhere. */
    public void ensureRevisionIndex(String collection) {
        mongo.indexOps(collection).createIndex(new org.springframework.data.mongodb.core.index.Index()
                .on("_id", org.springframework.data.domain.Sort.Direction.ASC)
                .on("rev", org.springframework.data.domain.Sort.Direction.ASC).unique().named("id_rev"));
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
