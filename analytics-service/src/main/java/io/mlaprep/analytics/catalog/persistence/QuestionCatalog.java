package io.mlaprep.analytics.catalog.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.mlaprep.analytics.store.OnceGuard;
import io.mlaprep.contracts.QuestionChanged;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Collection {@code questions}, the catalogue: {@code _id} questionId, {@code version} and
 * {@code status} (ACTIVE, RETIRED) of its newest version, {@code rev} (see OnceGuard).
 */
@Component
public class QuestionCatalog {

    private static final String COLLECTION = "questions";

    private final MongoTemplate mongo;
    private final OnceGuard once;

    public QuestionCatalog(MongoTemplate mongo, OnceGuard once) {
        this.mongo = mongo;
        this.once = once;
    }

    public void ensureIndexes() {
        once.ensureRevisionIndex(COLLECTION);
    }

    /** Keeps the question's newest version; an older or repeated one changes nothing. */
    public void keep(QuestionChanged changed) {
        once.compareAndSet(COLLECTION, List.of(changed.questionId()), List.of("version"), (id, stored) ->
                stored != null && stored.get("version", Number.class).intValue() >= changed.version() ? null
                        : new Update().set("version", changed.version()).set("status", changed.status().name()));
    }

    /** Those of these questions whose newest version is retired. */
    public Set<String> retired(Collection<String> questionIds) {
        if (questionIds.isEmpty()) {
            return Set.of();
        }
        Query query = new Query(where("_id").in(questionIds));
        query.fields().include("status");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .filter(d -> QuestionChanged.Status.RETIRED.name().equals(d.getString("status")))
                .map(d -> d.getString("_id")).collect(Collectors.toSet());
    }
}
