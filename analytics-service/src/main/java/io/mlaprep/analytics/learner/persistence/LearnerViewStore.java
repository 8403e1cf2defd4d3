package io.mlaprep.analytics.learner.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.mlaprep.analytics.ingest.Delivered;
import io.mlaprep.analytics.ingest.Delivery;
import io.mlaprep.analytics.ingest.OnceGuard;
import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.LearnerModelChanged;
import io.mlaprep.contracts.SessionCompleted;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
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

    /** Counts a batch of answers, each learner's in one guarded write. */
    public void applyAll(List<Delivered<AnswerSubmitted>> answers) {
        once.applyAll(COLLECTION, answers.stream()
                .map(a -> new OnceGuard.Contribution<>(a.event().learnerId(), a.delivery(), a.event())).toList(),
                LearnerViewStore::countAnswers);
    }

    /** The cohorts each of these learners joined (learners in none are left out). */
    public Map<String, List<String>> cohortsOf(Collection<String> learnerIds) {
        Map<String, List<String>> memberOf = new HashMap<>();
        if (learnerIds.isEmpty()) {
            return memberOf;
        }
        Query query = new Query(where("_id").in(learnerIds));
        query.fields().include("cohorts");
        mongo.find(query, Document.class, COLLECTION).stream().filter(d -> d.containsKey("cohorts"))
                .forEach(d -> memberOf.put(d.getString("_id"), d.getList("cohorts", String.class)));
        return memberOf;
    }

    private static Update countAnswers(List<AnswerSubmitted> answers) {
        Map<String, Integer> increments = new TreeMap<>();
        Instant last = null;
        for (AnswerSubmitted answer : answers) {
            int correct = answer.correct() ? 1 : 0;
            String task = "tasks." + answer.taskStatement().replace('.', '_');
            String domain = "domains." + answer.domain();
            increments.merge("answered", 1, Integer::sum);
            increments.merge("correct", correct, Integer::sum);
            increments.merge(domain + ".answered", 1, Integer::sum);
            increments.merge(domain + ".correct", correct, Integer::sum);
            increments.merge(task + ".answered", 1, Integer::sum);
            increments.merge(task + ".correct", correct, Integer::sum);
            increments.merge("days." + answer.occurredAt().atZone(ZoneOffset.UTC).toLocalDate(), 1, Integer::sum);
            last = last == null || answer.occurredAt().isAfter(last) ? answer.occurredAt() : last;
        }
        Update update = new Update();
        increments.forEach(update::inc);
        return update.max("lastActiveAt", last);
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
                    new Update().set("model", snapshot).set("modelAt", model.occurredAt()).setOnInsert("rev", 0),
                    org.springframework.data.mongodb.core.FindAndModifyOptions.options().upsert(true).returnNew(true),
                    Document.class, COLLECTION));
        } catch (DuplicateKeyException newerKept) {
            return Optional.empty();
        }
    }

    public void joinCohort(String learnerId, String cohortId) {
        mongo.upsert(new Query(where("_id").is(learnerId)), new Update().addToSet("cohorts", cohortId)
                .setOnInsert("rev", 0), COLLECTION);
    }

    public void ensureIndexes() {
        once.ensureRevisionIndex(COLLECTION);
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
