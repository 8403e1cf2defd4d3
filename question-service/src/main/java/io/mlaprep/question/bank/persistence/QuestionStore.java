package io.mlaprep.question.bank.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.ErrorCategory;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.question.bank.domain.Keywords;
import io.mlaprep.question.bank.domain.QuestionContent;
import io.mlaprep.question.bank.domain.QuestionFilter;
import io.mlaprep.question.bank.domain.QuestionStatus;
import io.mlaprep.question.bank.domain.QuestionVersion;
import io.mlaprep.servicedefaults.tracing.MessageTracing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The question bank in MongoDB. Every change is one single-document write that also appends the
 * question-changed event to the document's outbox, so the change and its announcement cannot part.
 */
@Repository
public class QuestionStore {

    /** Stored statuses a reader may see: staged imports are not one of them. */
    private static final List<String> VISIBLE_STATUSES = List.of(QuestionStatus.ACTIVE.name(),
            QuestionStatus.RETIRED.name());

    private static final String COLLECTION = "questions";
    private static final String STAGED = "STAGED";

    private final MongoTemplate mongo;
    private final MessageTracing tracing;
    private final List<Runnable> bankChangeListeners = new CopyOnWriteArrayList<>();

    public QuestionStore(MongoTemplate mongo) {
        this(mongo, MessageTracing.NONE);
    }

    @Autowired
    public QuestionStore(MongoTemplate mongo, MessageTracing tracing) {
        this.mongo = mongo;
        this.tracing = tracing;
    }

    /**
     * Runs {@code listener} after each write through this store that may add, retire or move an active question, so
     * that what was read from the bank before can be read again.
     */
    public void onBankChange(Runnable listener) {
        bankChangeListeners.add(listener);
    }

    private void bankChanged() {
        bankChangeListeners.forEach(Runnable::run);
    }

    /** One index per query shape the service runs. */
    public void ensureIndexes() {
        var indexes = mongo.indexOps(QuestionDocument.class);
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("current.domain", Sort.Direction.ASC)
                .on("current.taskStatement", Sort.Direction.ASC).on("current.type", Sort.Direction.ASC)
                .named("filter_and_draw"));
        indexes.createIndex(new Index().on("keywords", Sort.Direction.ASC).named("text_search"));
        indexes.createIndex(new Index().on("outbox.eventId", Sort.Direction.ASC).sparse().named("outbox_pending"));
        indexes.createIndex(new Index().on("importBatch", Sort.Direction.ASC).sparse().named("import_staging"));
    }

    /** Who wrote a question's current version: the seed bank shipped with the service, or an author. */
    public enum Origin { SEED, AUTHOR }

    /** Stores version 1 of a new active question; false if the id is taken. */
    public boolean create(String id, QuestionContent content, Origin origin, Instant at) {
        try {
            mongo.insert(newQuestion(id, content, origin, at));
            bankChanged();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private QuestionDocument newQuestion(String id, QuestionContent content, Origin origin, Instant at) {
        return new QuestionDocument(id, QuestionStatus.ACTIVE.name(), Documents.toDocument(content, 1, at), List.of(),
                Keywords.of(content), 0, at, at, List.of(pendingEvent(id, 1, QuestionStatus.ACTIVE, content, at)), null,
                null, origin.name());
    }

    /** Adds the questions in one round trip; one another instance added first is left as it is and not counted. */
    private int createAll(List<QuestionDocument> questions) {
        if (questions.isEmpty()) {
            return 0;
        }
        try {
            return mongo.bulkOps(BulkMode.UNORDERED, QuestionDocument.class).insert(questions).execute()
                    .getInsertedCount();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
            // every insert of an unordered bulk either lands or fails alone (the wire server counts failed ones in n)
            return questions.size() - e.getErrors().size();
        }
    }

    /** What seeding did: questions added, and questions brought up to a changed seed as a new version. */
    public record SeedResult(int added, int updated) {
    }

    /**
     * Writes the seed bank: a new question is added; a changed one gets a new version unless an author
     * has touched it (edited or retired it) since the seed wrote it; the rest is left alone. The stored
     * questions are read in one query, so a restart on a seeded bank writes nothing.
     */
    public SeedResult applySeed(Map<String, QuestionContent> seed, Instant at) {
        Query query = new Query(where("_id").in(seed.keySet()));
        query.fields().exclude("history", "outbox", "keywords");
        Map<String, QuestionDocument> stored = mongo.find(query, QuestionDocument.class).stream()
                .collect(Collectors.toMap(QuestionDocument::id, Function.identity()));
        List<QuestionDocument> added = new ArrayList<>();
        int updated = 0;
        for (Map.Entry<String, QuestionContent> question : seed.entrySet()) {
            QuestionDocument existing = stored.get(question.getKey());
            if (existing == null) {
                added.add(newQuestion(question.getKey(), question.getValue(), Origin.SEED, at));
            } else if (reseed(existing, question.getValue(), at)) {
                updated++;
            }
        }
        SeedResult result = new SeedResult(createAll(added), updated);
        bankChanged();
        return result;
    }

    private boolean reseed(QuestionDocument existing, QuestionContent content, Instant at) {
        if (!QuestionStatus.ACTIVE.name().equals(existing.status()) || !seedOwned(existing)
                || Documents.toContent(existing.current()).equals(content)) {
            return false;
        }
        String id = existing.id();
        int expected = existing.current().version();
        Update update = new Update()
                .set("current", Documents.toDocument(content, expected + 1, at))
                .push("history", existing.current())
                .set("keywords", Keywords.of(content))
                .set("updatedAt", at)
                .set("origin", Origin.SEED.name())
                .push("outbox", pendingEvent(id, expected + 1, QuestionStatus.ACTIVE, content, at));
        Query unchanged = new Query(where("_id").is(id).and("current.version").is(expected)
                .and("status").is(QuestionStatus.ACTIVE.name())
                .orOperator(where("origin").is(Origin.SEED.name()), where("origin").exists(false)));
        return mongo.updateFirst(unchanged, update, QuestionDocument.class).getModifiedCount() == 1;
    }

    /** Documents from before {@code origin} was kept count as the seed's while still at version 1. */
    private static boolean seedOwned(QuestionDocument document) {
        return document.origin() == null
                ? document.current().version() == 1
                : Origin.SEED.name().equals(document.origin());
    }

    /** Makes {@code content} version {@code expectedVersion + 1}; empty if someone else edited first. */
    public Optional<QuestionVersion> replace(String id, int expectedVersion, QuestionContent content, Instant at) {
        QuestionDocument existing = mongo.findById(id, QuestionDocument.class);
        if (existing == null || existing.current().version() != expectedVersion || STAGED.equals(existing.status())) {
            return Optional.empty();
        }
        int next = expectedVersion + 1;
        QuestionStatus status = QuestionStatus.valueOf(existing.status());
        Update update = new Update()
                .set("current", Documents.toDocument(content, next, at))
                .push("history", existing.current())
                .set("keywords", Keywords.of(content))
                .set("updatedAt", at)
                .set("origin", Origin.AUTHOR.name())
                .push("outbox", pendingEvent(id, next, status, content, at));
        QuestionDocument updated = mongo.findAndModify(
                new Query(where("_id").is(id).and("current.version").is(expectedVersion)), update,
                FindAndModifyOptions.options().returnNew(true), QuestionDocument.class);
        bankChanged();
        return Optional.ofNullable(updated).map(d -> Documents.toVersion(d.id(), d.status(), d.current()));
    }

    /** Retires an active question; empty if there is no such active question. */
    public Optional<QuestionVersion> retire(String id, Instant at) {
        QuestionDocument existing = mongo.findById(id, QuestionDocument.class);
        if (existing == null || !QuestionStatus.ACTIVE.name().equals(existing.status())) {
            return Optional.empty();
        }
        QuestionContent content = Documents.toContent(existing.current());
        Update update = new Update()
                .set("status", QuestionStatus.RETIRED.name())
                .set("updatedAt", at)
                .set("origin", Origin.AUTHOR.name())
                .push("outbox", pendingEvent(id, existing.current().version(), QuestionStatus.RETIRED, content, at));
        QuestionDocument updated = mongo.findAndModify(
                new Query(where("_id").is(id).and("status").is(QuestionStatus.ACTIVE.name())), update,
                FindAndModifyOptions.options().returnNew(true), QuestionDocument.class);
        bankChanged();
        return Optional.ofNullable(updated).map(d -> Documents.toVersion(d.id(), d.status(), d.current()));
    }

    public Optional<QuestionVersion> current(String id) {
        return Optional.ofNullable(mongo.findOne(visible(new Query(where("_id").is(id))), QuestionDocument.class))
                .map(d -> Documents.toVersion(d.id(), d.status(), d.current()));
    }

    public Optional<QuestionVersion> version(String id, int version) {
        QuestionDocument document = mongo.findOne(visible(new Query(where("_id").is(id))), QuestionDocument.class);
        if (document == null) {
            return Optional.empty();
        }
        return Stream.concat(Stream.of(document.current()), document.history().stream())
                .filter(content -> content.version() == version)
                .findFirst()
                .map(content -> Documents.toVersion(document.id(), document.status(), content));
    }

    /** These versions of these questions, read together; those the bank does not have are left out. */
    public List<QuestionVersion> versions(Map<String, Set<Integer>> versionsById) {
        if (versionsById.isEmpty()) {
            return List.of();
        }
        // on _id alone, visibility checked here: the local MongoDB stand-in answers a query of _id alone from its index,
        // and scans the whole collection for any further condition
        Query query = new Query(where("_id").in(versionsById.keySet()));
        query.fields().exclude("outbox", "keywords");
        return mongo.find(query, QuestionDocument.class).stream()
                .filter(QuestionStore::isVisible)
                .flatMap(d -> Stream.concat(Stream.of(d.current()), d.history().stream())
                        .filter(content -> versionsById.get(d.id()).contains(content.version()))
                        .map(content -> Documents.toVersion(d.id(), d.status(), content)))
                .toList();
    }

    /** Every version of a question, newest first; empty if there is no such question. */
    public Optional<List<QuestionVersion>> versions(String id) {
        Query query = visible(new Query(where("_id").is(id)));
        query.fields().exclude("outbox", "keywords");
        QuestionDocument document = mongo.findOne(query, QuestionDocument.class);
        if (document == null) {
            return Optional.empty();
        }
        return Optional.of(Stream.concat(Stream.of(document.current()), document.history().reversed().stream())
                .map(content -> Documents.toVersion(document.id(), document.status(), content))
                .toList());
    }

    /** The current versions of the given questions that exist, in no particular order. */
    public List<QuestionVersion> current(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of(); // a lookup of versions only: no round trip for nothing
        }
        Query query = new Query(where("_id").in(ids)); // on _id alone, as in versions(Map)
        query.fields().exclude("history", "outbox", "keywords");
        return mongo.find(query, QuestionDocument.class).stream()
                .filter(QuestionStore::isVisible)
                .map(d -> Documents.toVersion(d.id(), d.status(), d.current()))
                .toList();
    }

    public List<QuestionVersion> search(QuestionFilter filter, int page, int size) {
        Query query = filterQuery(filter).with(Sort.by("_id")).skip((long) page * size).limit(size);
        query.fields().exclude("history", "outbox", "keywords");
        return mongo.find(query, QuestionDocument.class).stream()
                .map(d -> Documents.toVersion(d.id(), d.status(), d.current()))
                .toList();
    }

    public long count(QuestionFilter filter) {
        return mongo.count(filterQuery(filter), QuestionDocument.class);
    }

    /** Every visible question, current versions, in id order, for export. */
    public Stream<QuestionVersion> all() {
        Query query = visible(new Query()).with(Sort.by("_id"));
        query.fields().exclude("history", "outbox", "keywords");
        return mongo.stream(query, QuestionDocument.class)
                .map(d -> Documents.toVersion(d.id(), d.status(), d.current()));
    }

    /**
     * An active question as a draw weighs it: its current version, where it sits in the blueprint, and how often
     * exams have used it.
     */
    public record ActiveQuestion(String id, int version, int domain, String taskStatement, QuestionType type,
                                 long exposure) {
    }

    /** Every active question, with what a draw chooses by: the draws share this list ({@code DrawPool}). */
    public List<ActiveQuestion> active() {
        Query query = new Query(where("status").is(QuestionStatus.ACTIVE.name()));
        query.fields().include("current.version", "current.domain", "current.taskStatement", "current.type",
                "exposure");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(d -> {
                    Document current = d.get("current", Document.class);
                    return new ActiveQuestion(d.getString("_id"), current.getInteger("version"),
                            current.getInteger("domain"),
                            current.getString("taskStatement"), QuestionType.valueOf(current.getString("type")),
                            ((Number) d.getOrDefault("exposure", 0L)).longValue());
                })
                .toList();
    }

    /** Adds {@code times} exam uses to each question's exposure. */
    public void countExposure(Collection<String> ids, long times) {
        if (!ids.isEmpty()) {
            mongo.updateMulti(new Query(where("_id").in(ids)), new Update().inc("exposure", times),
                    QuestionDocument.class);
        }
    }

    public List<String> existingIds(Collection<String> ids) {
        Query query = new Query(where("_id").in(ids));
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    public boolean isEmpty() {
        return mongo.count(visible(new Query()).limit(1), QuestionDocument.class) == 0;
    }

    // --- import staging: written invisible, then made visible together, or removed together ---

    public void stage(String batch, List<StagedQuestion> questions, Instant at) {
        List<QuestionDocument> documents = new ArrayList<>(questions.size());
        for (StagedQuestion q : questions) {
            documents.add(new QuestionDocument(q.id(), STAGED, Documents.toDocument(q.content(), q.version(), at),
                    List.of(), Keywords.of(q.content()), 0, at, at,
                    List.of(pendingEvent(q.id(), q.version(), q.status(), q.content(), at)), batch, q.status().name(),
                    Origin.AUTHOR.name()));
        }
        mongo.insertAll(documents);
    }

    public void commitStaged(String batch) {
        for (QuestionStatus status : QuestionStatus.values()) {
            mongo.updateMulti(new Query(where("importBatch").is(batch).and("stagedStatus").is(status.name())),
                    new Update().set("status", status.name()).unset("importBatch").unset("stagedStatus"),
                    QuestionDocument.class);
        }
        bankChanged();
    }

    public void discardStaged(String batch) {
        mongo.remove(new Query(where("importBatch").is(batch)), QuestionDocument.class);
    }

    /** Removes staged questions of imports that never committed (the process died mid-import). */
    public long discardAbandonedStaging(Instant stagedBefore) {
        return mongo.remove(new Query(where("status").is(STAGED).and("createdAt").lt(stagedBefore)),
                QuestionDocument.class).getDeletedCount();
    }

    public record StagedQuestion(String id, int version, QuestionStatus status, QuestionContent content) {
    }

    // --- outbox ---

    /**
     * Questions with events waiting, up to {@code limit} of them, each with its events in the order written
     * (version order). Staged imports announce nothing until they commit.
     */
    public List<QuestionEvents> pendingEvents(int limit) {
        Query query = new Query(where("outbox.eventId").exists(true).and("status").ne(STAGED)).limit(limit);
        query.fields().include("outbox");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(d -> new QuestionEvents(d.getString("_id"), d.getList("outbox", Document.class).stream()
                        .map(event -> mongo.getConverter().read(PendingEvent.class, event))
                        .toList()))
                .filter(pending -> !pending.events().isEmpty())
                .toList();
    }

    public void removePendingEvents(String questionId, Collection<String> eventIds) {
        mongo.updateFirst(new Query(where("_id").is(questionId)),
                new Update().pull("outbox", new Document("eventId", new Document("$in", List.copyOf(eventIds)))),
                QuestionDocument.class);
    }

    public record QuestionEvents(String questionId, List<PendingEvent> events) {
    }

    /** The event announcing a change, in the trace of the request making it. */
    private PendingEvent pendingEvent(String id, int version, QuestionStatus status, QuestionContent content,
                                      Instant at) {
        return new PendingEvent(UUID.randomUUID().toString(), at, version, status.name(), content.domain(),
                content.taskStatement(), content.type().name(), content.difficulty(), tracing.currentTraceparent());
    }

    private static boolean isVisible(QuestionDocument document) {
        return VISIBLE_STATUSES.contains(document.status());
    }

    private static Query visible(Query query) {
        return query.addCriteria(where("status").in(VISIBLE_STATUSES));
    }

    private static Query filterQuery(QuestionFilter filter) {
        Criteria criteria = filter.status() == null
                ? where("status").in(VISIBLE_STATUSES)
                : where("status").is(filter.status().name());
        if (filter.domain() != null) {
            criteria = criteria.and("current.domain").is(filter.domain());
        }
        if (filter.taskStatement() != null) {
            criteria = criteria.and("current.taskStatement").is(filter.taskStatement());
        }
        if (filter.type() != null) {
            criteria = criteria.and("current.type").is(filter.type().name());
        }
        List<Criteria> words = Keywords.words(filter.text()).stream()
                .map(word -> where("keywords").regex("^" + word))
                .toList();
        if (!words.isEmpty()) {
            criteria = criteria.andOperator(words.toArray(Criteria[]::new));
        }
        return new Query(criteria);
    }
}
