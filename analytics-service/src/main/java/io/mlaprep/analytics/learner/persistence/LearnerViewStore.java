package io.mlaprep.analytics.learner.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.mlaprep.servicedefaults.inbound.Delivered;
import io.mlaprep.servicedefaults.inbound.Delivery;
import io.mlaprep.analytics.store.OnceGuard;
import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.DomainResult;
import io.mlaprep.contracts.LearnerModelChanged;
import io.mlaprep.contracts.SessionCompleted;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Collection {@code learner_views}, one document per learner:
 * <pre>
 * _id                               learnerId
 * answered, correct                 totals (answers only)
 * omitted                           exam items left unanswered: counted apart, never as answers
 * domains.&lt;d&gt;.answered|correct    per exam domain
 * tasks.&lt;1_2&gt;.answered|correct    per task statement ("1.2" stored as "1_2")
 * days.&lt;yyyy-mm-dd&gt;                answers per UTC day (activity chart)
 * lastActiveAt                      event time of the latest answer
 * exams[]                           {sessionId, scaledScore, passed, finishedAt}
 * sessions[]                        the latest finished sessions of every mode, oldest first:
 *                                   {sessionId, mode, finishedAt, scaledScore, passed, correctCount, scoredCount}
 * model                             the recommender's latest learner model (mastery, readiness), modelAt its event time
 * cohorts[]                         cohort ids the learner joined
 * applied.&lt;topic-partition&gt;       last Kafka offset applied (see OnceGuard)
 * rev                               revision, bumped by every write (see OnceGuard)
 * </pre>
 */
@Component
public class LearnerViewStore {

    public static final String COLLECTION = "learner_views";
    static final int RECENT_SESSIONS = 20;

    private final MongoTemplate mongo;
    private final OnceGuard once;

    public LearnerViewStore(MongoTemplate mongo, OnceGuard once) {
        this.mongo = mongo;
        this.once = once;
    }

    /**
     * Counts a batch of answers, each learner's in one guarded write, and returns the cohorts each of
     * these learners joined, as read for that write (learners in none are left out).
     */
    public Map<String, List<String>> countAnswers(List<Delivered<AnswerSubmitted>> answers) {
        return cohortsOf(once.applyAll(COLLECTION, answers.stream()
                .map(a -> new OnceGuard.Contribution<>(a.event().learnerId(), a.delivery(), a.event())).toList(),
                LearnerViewStore::counts, "cohorts"));
    }

    private static Update counts(List<AnswerSubmitted> answers) {
        Map<String, Integer> increments = new TreeMap<>();
        Instant last = null;
        for (AnswerSubmitted answer : answers) {
            last = last == null || answer.occurredAt().isAfter(last) ? answer.occurredAt() : last;
            if (answer.omitted()) {
                increments.merge("omitted", 1, Integer::sum);
                continue;
            }
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
        }
        Update update = new Update();
        increments.forEach(update::inc);
        return update.max("lastActiveAt", last);
    }

    /** The learner's latest sessions keep the finished one; an exam also joins the exam history. */
    public void addCompletion(SessionCompleted completed, Delivery delivery) {
        once.applyAll(COLLECTION, List.of(new OnceGuard.Contribution<>(completed.learnerId(), delivery, completed)),
                LearnerViewStore::completions);
    }

    private static Update completions(List<SessionCompleted> completions) {
        Update update = new Update();
        update.push("sessions").sort(Sort.by("finishedAt")).slice(-RECENT_SESSIONS)
                .each(completions.stream().map(LearnerViewStore::session).toArray());
        List<Document> exams = completions.stream().filter(c -> "EXAM".equals(c.mode()))
                .map(e -> new Document("sessionId", e.sessionId()).append("scaledScore", e.scaledScore())
                        .append("passed", e.passed()).append("finishedAt", e.finishedAt()))
                .toList();
        if (!exams.isEmpty()) {
            update.push("exams").each(exams.toArray());
        }
        return update;
    }

    private static Document session(SessionCompleted completed) {
        boolean counted = !completed.domains().isEmpty();
        return new Document("sessionId", completed.sessionId()).append("mode", completed.mode())
                .append("finishedAt", completed.finishedAt()).append("scaledScore", completed.scaledScore())
                .append("passed", completed.passed())
                .append("correctCount", counted ? completed.domains().stream().mapToInt(DomainResult::correct).sum() : null)
                .append("scoredCount", counted ? completed.domains().stream().mapToInt(DomainResult::total).sum() : null);
    }

    /**
     * Keeps each learner's newest model by event time (an older or repeated one changes nothing), and
     * returns the cohorts each of these learners joined (learners in none are left out).
     */
    public Map<String, List<String>> keepNewest(List<LearnerModelChanged> models) {
        Map<String, LearnerModelChanged> newest = new LinkedHashMap<>();
        for (LearnerModelChanged model : models) {
            newest.merge(model.learnerId(), model,
                    (kept, next) -> next.occurredAt().isAfter(kept.occurredAt()) ? next : kept);
        }
        Map<Object, Document> read = once.compareAndSet(COLLECTION, newest.keySet(), List.of("modelAt", "cohorts"),
                (id, stored) -> {
                    LearnerModelChanged model = newest.get(id);
                    Date modelAt = Date.from(model.occurredAt());
                    Date kept = stored == null ? null : stored.get("modelAt", Date.class);
                    return kept != null && !kept.before(modelAt) ? null
                            : new Update().set("model", snapshot(model)).set("modelAt", modelAt);
                });
        return cohortsOf(read);
    }

    private static Document snapshot(LearnerModelChanged model) {
        return new Document("domains", model.domains().stream()
                .map(d -> new Document("domain", d.domain()).append("mastery", d.mastery())
                        .append("low", d.low()).append("high", d.high())).toList())
                .append("taskStatements", model.taskStatements().stream()
                        .map(t -> new Document("id", t.id()).append("mastery", t.mastery())
                                .append("low", t.low()).append("high", t.high())).toList())
                .append("readiness", new Document("predictedScore", model.readiness().predictedScore())
                        .append("low", model.readiness().low()).append("high", model.readiness().high())
                        .append("passProbability", model.readiness().passProbability()));
    }

    private static Map<String, List<String>> cohortsOf(Map<Object, Document> views) {
        Map<String, List<String>> memberOf = new HashMap<>();
        views.values().stream().filter(d -> d.containsKey("cohorts"))
                .forEach(d -> memberOf.put(d.getString("_id"), d.getList("cohorts", String.class)));
        return memberOf;
    }

    /** Bumps the revision like every other write, so a concurrent compare-and-set re-reads the cohorts. */
    public void joinCohort(String learnerId, String cohortId) {
        mongo.upsert(new Query(where("_id").is(learnerId)), new Update().addToSet("cohorts", cohortId).inc("rev", 1),
                COLLECTION);
    }

    public void ensureIndexes() {
        once.ensureRevisionIndex(COLLECTION);
    }

    /** The learner's view; an empty one if nothing happened for them yet. */
    public LearnerView find(String learnerId) {
        Document view = mongo.findById(learnerId, Document.class, COLLECTION);
        return view == null ? LearnerView.empty(learnerId) : LearnerView.of(view);
    }

    /**
     * The views of these learners, in their order (an empty one for a learner without), read without
     * their per task statement, per day and exam parts: what a cohort dashboard needs.
     */
    public List<LearnerView> findSummaries(List<String> learnerIds) {
        Query query = new Query(where("_id").in(learnerIds));
        query.fields().exclude("days", "tasks", "exams", "sessions", "applied");
        Map<String, LearnerView> views = new HashMap<>();
        mongo.find(query, Document.class, COLLECTION).forEach(d -> views.put(d.getString("_id"), LearnerView.of(d)));
        return learnerIds.stream().map(id -> views.getOrDefault(id, LearnerView.empty(id))).toList();
    }
}
