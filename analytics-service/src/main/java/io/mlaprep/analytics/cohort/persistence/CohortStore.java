package io.mlaprep.analytics.cohort.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.mlaprep.analytics.cohort.domain.Cohort;
import io.mlaprep.analytics.cohort.domain.Dashboard;
import io.mlaprep.analytics.cohort.domain.ItemTallyForCohort;
import io.mlaprep.servicedefaults.inbound.Delivery;
import io.mlaprep.analytics.store.OnceGuard;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * <pre>
 * cohorts            _id, name, instructorId, joinCode (unique), examDate, createdAt,
 *                    dirtySince (set when a member's view changed, until the dashboard is recomputed),
 *                    dirtyVersion (bumped by every change, never reset)
 * memberships        _id "cohortId:learnerId", cohortId, learnerId, displayName, joinedAt
 * cohort_dashboards  _id cohortId, the precomputed {@link Dashboard}
 * cohort_items       _id "cohortId|questionId", cohortId, questionId, attempts, correct (answers since the
 *                    members joined), applied.*, rev (see OnceGuard)
 * </pre>
 */
@Component
public class CohortStore {

    private static final String COHORTS = "cohorts";
    private static final String MEMBERSHIPS = "memberships";
    private static final String DASHBOARDS = "cohort_dashboards";
    private static final String ITEMS = "cohort_items";

    private final MongoTemplate mongo;
    private final OnceGuard once;

    public CohortStore(MongoTemplate mongo, OnceGuard once) {
        this.mongo = mongo;
        this.once = once;
    }

    public void ensureIndexes() {
        mongo.indexOps(COHORTS).createIndex(new Index().on("joinCode", Sort.Direction.ASC).unique());
        mongo.indexOps(COHORTS).createIndex(new Index().on("instructorId", Sort.Direction.ASC));
        mongo.indexOps(COHORTS).createIndex(new Index().on("dirtySince", Sort.Direction.ASC).sparse());
        mongo.indexOps(MEMBERSHIPS).createIndex(new Index().on("cohortId", Sort.Direction.ASC));
        mongo.indexOps(ITEMS).createIndex(new Index().on("cohortId", Sort.Direction.ASC));
        once.ensureRevisionIndex(ITEMS);
    }

    /** False if the join code is taken (the caller draws another). */
    public boolean create(Cohort cohort) {
        try {
            mongo.insert(new Document("_id", cohort.id()).append("name", cohort.name())
                    .append("instructorId", cohort.instructorId()).append("joinCode", cohort.joinCode())
                    .append("examDate", cohort.examDate() == null ? null : cohort.examDate().toString())
                    .append("createdAt", cohort.createdAt()), COHORTS);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public Optional<Cohort> find(String cohortId) {
        return Optional.ofNullable(mongo.findById(cohortId, Document.class, COHORTS)).map(CohortStore::toCohort);
    }

    public Optional<Cohort> findByJoinCode(String joinCode) {
        return Optional.ofNullable(mongo.findOne(new Query(where("joinCode").is(joinCode)), Document.class, COHORTS))
                .map(CohortStore::toCohort);
    }

    public List<Cohort> ofInstructor(String instructorId) {
        return mongo.find(new Query(where("instructorId").is(instructorId)).with(Sort.by("createdAt")), Document.class,
                COHORTS).stream().map(CohortStore::toCohort).toList();
    }

    public void join(String cohortId, String learnerId, String displayName, Instant at) {
        mongo.upsert(new Query(where("_id").is(cohortId + ":" + learnerId)), new Update()
                .setOnInsert("cohortId", cohortId).setOnInsert("learnerId", learnerId)
                .set("displayName", displayName).setOnInsert("joinedAt", at), MEMBERSHIPS);
    }

    public record Member(String learnerId, String displayName) {
    }

    public List<Member> members(String cohortId) {
        Query query = new Query(where("cohortId").is(cohortId));
        query.fields().include("learnerId", "displayName");
        return mongo.find(query, Document.class, MEMBERSHIPS).stream()
                .map(d -> new Member(d.getString("learnerId"), d.getString("displayName"))).toList();
    }

    /** The member, if this learner joined this cohort. */
    public Optional<Member> member(String cohortId, String learnerId) {
        return Optional.ofNullable(mongo.findById(cohortId + ":" + learnerId, Document.class, MEMBERSHIPS))
                .map(d -> new Member(d.getString("learnerId"), d.getString("displayName")));
    }

    public long memberCount(String cohortId) {
        return mongo.count(new Query(where("cohortId").is(cohortId)), MEMBERSHIPS);
    }

    /**
     * Marks the cohorts' dashboards stale. Every mark bumps the cohort's mark version, also while it
     * is already marked, so a refresh that read an older version cannot clear a change made after it.
     */
    public void markDirty(Collection<String> cohortIds, Instant at) {
        if (!cohortIds.isEmpty()) {
            mongo.updateMulti(new Query(where("_id").in(cohortIds)),
                    new Update().min("dirtySince", at).inc("dirtyVersion", 1), COHORTS);
        }
    }

    /** A cohort whose dashboard is stale, with the mark version it carries (to clear exactly that mark). */
    public record Marked(Cohort cohort, long version) {
    }

    public List<Marked> dirty(int limit) {
        return mongo.find(new Query(where("dirtySince").exists(true)).limit(limit), Document.class, COHORTS).stream()
                .map(d -> new Marked(toCohort(d), d.get("dirtyVersion", Number.class).longValue())).toList();
    }

    /** Clears the mark read by {@link #dirty} unless a change marked the cohort again since. */
    public void clearDirty(Marked marked) {
        mongo.updateFirst(new Query(where("_id").is(marked.cohort().id()).and("dirtyVersion").is(marked.version())),
                new Update().unset("dirtySince"), COHORTS);
    }

    public void saveDashboard(String cohortId, Dashboard dashboard) {
        Document document = new Document();
        mongo.getConverter().write(dashboard, document);
        document.put("_id", cohortId);
        mongo.save(document, DASHBOARDS);
    }

    public Optional<Dashboard> dashboard(String cohortId) {
        return Optional.ofNullable(mongo.findById(cohortId, Document.class, DASHBOARDS))
                .map(document -> mongo.getConverter().read(Dashboard.class, document));
    }

    /** An answer counted for one cohort's tally of one question. */
    public record CohortAnswer(String cohortId, String questionId, boolean correct, Delivery delivery) {
    }

    public void countAnswers(List<CohortAnswer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        once.applyAll(ITEMS, answers.stream().map(a -> new OnceGuard.Contribution<>(a.cohortId() + "|" + a.questionId(),
                a.delivery(), a)).toList(), batch -> new Update()
                .setOnInsert("cohortId", batch.getFirst().cohortId()).setOnInsert("questionId", batch.getFirst().questionId())
                .inc("attempts", batch.size()).inc("correct", (int) batch.stream().filter(CohortAnswer::correct).count()));
    }

    public List<ItemTallyForCohort> items(String cohortId) {
        return mongo.find(new Query(where("cohortId").is(cohortId)), Document.class, ITEMS).stream()
                .map(d -> new ItemTallyForCohort(d.getString("questionId"), d.get("attempts", Number.class).longValue(),
                        d.get("correct", Number.class).longValue()))
                .toList();
    }

    private static Cohort toCohort(Document d) {
        String examDate = d.getString("examDate");
        Date createdAt = d.get("createdAt", Date.class);
        return new Cohort(d.getString("_id"), d.getString("name"), d.getString("instructorId"), d.getString("joinCode"),
                examDate == null ? null : LocalDate.parse(examDate), createdAt == null ? null : createdAt.toInstant());
    }
}
