package io.mlaprep.analytics.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.bulk.BulkWriteError;
import io.mlaprep.servicedefaults.inbound.Delivery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes view documents as compare-and-sets, and applies Kafka records to them at most once.
 * <p>
 * Every view document carries a revision {@code rev}. A write is an upsert whose query is exactly
 * {@code {_id, rev}} as read just before and which bumps {@code rev}: it changes the document only if
 * no other writer did in between, and creates it (at {@code rev} 1) if it did not exist. A stale
 * consumer (its partition already reassigned) therefore cannot apply anything twice: its write matches
 * nothing and it re-reads. The unique index on those two fields serves the query on any MongoDB (the
 * local stand-in uses an index only for a query of exactly its keys). One single-document write per
 * document, so no transaction is needed.
 * <p>
 * On top of that, {@link #applyAll} keeps per document the last offset it applied per topic partition
 * ({@code applied.<topic>-<p>}) and applies only newer records; records of a partition arrive in
 * offset order, so "newer" is exact.
 */
@Component
public class OnceGuard {

    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;

    public OnceGuard(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A record's contribution to one document. */
    public record Contribution<R>(Object documentId, Delivery delivery, R record) {
    }

    /**
     * Per document, merges the records it has not applied yet into one update, and writes all documents
     * in one bulk of compare-and-sets (see {@link #compareAndSet}).
     *
     * @param fields what else the caller needs of each document
     * @return every document as read for its write, with {@code fields}; a document that did not exist is absent
     */
    public <R> Map<Object, Document> applyAll(String collection, List<Contribution<R>> contributions,
                                              Function<List<R>, Update> merge, String... fields) {
        Map<Object, List<Contribution<R>>> byDocument = new LinkedHashMap<>();
        contributions.forEach(c -> byDocument.computeIfAbsent(c.documentId(), id -> new ArrayList<>()).add(c));
        List<String> read = Stream.concat(Stream.of("applied"), Stream.of(fields)).toList();
        return compareAndSet(collection, byDocument.keySet(), read, (id, stored) -> {
            Document offsets = stored == null ? new Document() : stored.get("applied", new Document());
            Map<String, Long> newest = new LinkedHashMap<>();
            List<R> fresh = new ArrayList<>();
            for (Contribution<R> contribution : byDocument.get(id)) {
                if (contribution.delivery().offset() > lastApplied(offsets, contribution.delivery())) {
                    fresh.add(contribution.record());
                    newest.merge(appliedField(contribution.delivery()), contribution.delivery().offset(), Math::max);
                }
            }
            if (fresh.isEmpty()) {
                return null;
            }
            Update update = merge.apply(fresh);
            newest.forEach(update::set);
            return update;
        });
    }

    /**
     * Reads the documents (their {@code fields} and {@code rev}), asks {@code change} for each one's
     * update ({@code stored} is null for a document that does not exist yet; null means nothing to
     * change), and writes all updates in one unordered bulk of compare-and-sets on {@code {_id, rev}}.
     * Only the writes that lost to another writer are read again and retried.
     *
     * @return every document as last read, with {@code fields}; a document that did not exist is absent
     */
    public Map<Object, Document> compareAndSet(String collection, Collection<?> ids, Collection<String> fields,
                                               BiFunction<Object, Document, Update> change) {
        Map<Object, Document> read = new HashMap<>();
        Set<Object> pending = new LinkedHashSet<>(ids);
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > ATTEMPTS) {
                throw new IllegalStateException("concurrent writers kept changing " + pending);
            }
            Map<Object, Document> current = read(collection, pending, fields);
            read.putAll(current);
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            List<Object> written = new ArrayList<>();
            for (Object id : pending) {
                Document stored = current.get(id);
                Update update = change.apply(id, stored);
                if (update != null) {
                    Object revision = stored == null ? 0 : stored.get("rev");
                    bulk.upsert(new Query(where("_id").is(id).and("rev").is(revision)), update.inc("rev", 1));
                    written.add(id);
                }
            }
            pending = written.isEmpty() ? Set.of() : lost(bulk, written);
        }
        return read;
    }

    /** The ids whose write found the document changed (its upsert then collides with the existing _id). */
    private static Set<Object> lost(BulkOperations bulk, List<Object> written) {
        try {
            bulk.execute();
            return Set.of();
        } catch (BulkOperationException e) {
            Set<Object> lost = new LinkedHashSet<>();
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCode() != 11000) {
                    throw e;
                }
                lost.add(written.get(error.getIndex()));
            }
            return lost;
        }
    }

    private Map<Object, Document> read(String collection, Collection<Object> ids, Collection<String> fields) {
        Map<Object, Document> documents = new HashMap<>();
        Query query = new Query(where("_id").in(ids));
        query.fields().include("rev").include(fields.toArray(String[]::new));
        mongo.find(query, Document.class, collection).forEach(d -> documents.put(d.get("_id"), d));
        return documents;
    }

    private static long lastApplied(Document offsets, Delivery delivery) {
        Object stored = offsets.get(partitionName(delivery));
        return stored instanceof Number n ? n.longValue() : -1;
    }

    /** The field a document keeps a partition's last applied offset in. */
    private static String appliedField(Delivery delivery) {
        return "applied." + partitionName(delivery);
    }

    private static String partitionName(Delivery delivery) {
        return delivery.topic().replace('.', '_') + "-" + delivery.partition();
    }

    /** The unique index that lets the compare-and-set find its document by index everywhere. */
    public void ensureRevisionIndex(String collection) {
        mongo.indexOps(collection).createIndex(new Index()
                .on("_id", Sort.Direction.ASC).on("rev", Sort.Direction.ASC).unique().named("id_rev"));
    }
}
