package io.mlaprep.analytics.learner.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.mlaprep.analytics.ingest.Delivery;
import io.mlaprep.analytics.ingest.OnceGuard;
import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.LearnerModelChanged;
import io.mlaprep.contracts.SessionCompleted;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Collection {@code learner_views}, one document per learner:
 * <pre>
 * _id                               learnerId
 * answered, correct                 totals
 * domains.&lt;d&gt;.answered|correct    per exam domain
 * tasks.&lt;1_2&gt;.answered|correct    per task statement ("1.2" stored as "1_2")
 * days.&lt;yyyy-mm-dd&gt;                answers per UTC day (activity chart)
 * lastActiveAt                      event time of the latest answer
 * exams[]                           {sessionId, scaledScore, passed, finishedAt}
 * model                             the recommender's latest learner model (mastery, readiness), modelAt its event time
 * cohorts[]                         cohort ids the learner joined
 * applied.&lt;topic-partition&gt;       last Kafka offset applied (see OnceGuard)
 * </pre>
 */
@Component
public class LearnerViewStore {

    public static final String COLLECTION = "learner_views";

    private final MongoTemplate mongo;
    private final OnceGuard once;

    public LearnerViewStore(MongoTemplate mongo, OnceGuard once) {
        this.mongo = mongo;
        this.once = once;
    }

    /** Counts one answer; returns the view when it changed (not when this record was applied before). */
    public Optional<Document> apply(AnswerSubmitted answer, Delivery delivery) {
        int correct = answer.correct() ? 1 : 0;
        String task = "tasks." + answer.taskStatement().replace('.', '_');
        String domain = "domains." + answer.domain();
        String day = "days." + answer.occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
        Update update = new Update()
                .inc("answered", 1).inc("correct", correct)
                .inc(domain + ".answered", 1).inc(domain + ".correct", correct)
                .inc(task + ".answered", 1).inc(task + ".correct", correct)
                .inc(day, 1)
                .max("lastActiveAt", answer.occurredAt());
        return once.apply(COLLECTION, answer.learnerId(), delivery, update);
    }

    public Optional<Document> apply(SessionCompleted completed, Delivery delivery) {
        Update update = new Update().push("exams", new Document("sessionId", completed.sessionId())
                .append("scaledScore", completed.scaledScore()).append("passed", completed.passed())
                .append("finishedAt", completed.finishedAt()));
        return once.apply(COLLECTION, completed.learnerId(), delivery, update);
    }

    /** Keeps the newest model by event time; an older or repeated one changes nothing. */
    public Optional<Document> apply(LearnerModelChanged model) {
        Document snapshot = new Document("domains", model.domains().stream()
                .map(d -> new Document("domain", d.domain()).append("mastery", d.mastery())
                        .append("low", d.low()).append("high", d.high())).toList())
                .append("taskStatements", model.taskStatements().stream()
                        .map(t -> new Document("id", t.id()).append("mastery", t.mastery())
                                .append("low", t.low()).append("high", t.high())).toList())
                .append("readiness", new Document("predictedScore", model.readiness().predictedScore())
                        .append("low", model.readiness().low()).append("high", model.readiness().high())
                        .append("passProbability", model.readiness().passProbability()));
        Criteria older = new Criteria().orOperator(where("modelAt").exists(false),
                where("modelAt").lt(model.occurredAt()));
        try {
            return Optional.ofNullable(mongo.findAndModify(
                    new Query(where("_id").is(model.learnerId())).addCriteria(older),
                    new Update().set("model", snapshot).set("modelAt", model.occurredAt()),
                    org.springframework.data.mongodb.core.FindAndModifyOptions.options().upsert(true).returnNew(true),
                    Document.class, COLLECTION));
        } catch (DuplicateKeyException newerKept) {
            return Optional.empty();
        }
    }

    public void joinCohort(String learnerId, String cohortId) {
        mongo.upsert(new Query(where("_id").is(learnerId)), new Update().addToSet("cohorts", cohortId), COLLECTION);
    }

    public Optional<Document> find(String learnerId) {
        return Optional.ofNullable(mongo.findById(learnerId, Document.class, COLLECTION));
    }

    public List<Document> findAll(Collection<String> learnerIds) {
        Query query = new Query(where("_id").in(learnerIds));
        query.fields().exclude("days", "tasks", "exams", "applied");
        return mongo.find(query, Document.class, COLLECTION);
    }
}
