package io.mlaprep.analytics.learner.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * A learner view document (schema in {@link LearnerViewStore}), read. Counts the document lacks are 0;
 * the model's parts are empty, and {@code readiness} null, until the recommender has published a model.
 *
 * @param omitted        exam items left unanswered: not answers, so in no count or accuracy
 * @param taskStatements by task statement id ("1.2")
 * @param answersPerDay  by UTC day, only days with answers
 * @param sessions       the latest finished sessions of every mode, as the store keeps them (oldest first)
 */
public record LearnerView(String learnerId, Counts total, long omitted, Map<Integer, Counts> domains,
                          Map<String, Counts> taskStatements, Map<LocalDate, Long> answersPerDay, Instant lastActiveAt,
                          List<Exam> exams, List<Session> sessions, Map<Integer, Mastery> domainMastery,
                          Map<String, Mastery> taskMastery, Readiness readiness) {

    public record Counts(long answered, long correct) {

        public static final Counts NONE = new Counts(0, 0);

        /** Null before the first answer. */
        public Double accuracy() {
            return answered == 0 ? null : (double) correct / answered;
        }
    }

    public record Mastery(double mastery, Double low, Double high) {
    }

    public record Readiness(int predictedScore, int low, int high, double passProbability) {
    }

    public record Exam(String sessionId, Integer scaledScore, Boolean passed, Instant finishedAt) {
    }

    /** A finished session; the counts are null when its completion named no domains. */
    public record Session(String sessionId, String mode, Instant finishedAt, Integer scaledScore, Boolean passed,
                          Integer correctCount, Integer scoredCount) {
    }

    /**
     * The newest finished sessions first, at most {@code limit}; exams finished before sessions of every
     * mode were kept come from the exam history.
     */
    public List<Session> recentSessions(int limit) {
        Map<String, Session> byId = new HashMap<>();
        exams.forEach(e -> byId.put(e.sessionId(),
                new Session(e.sessionId(), "EXAM", e.finishedAt(), e.scaledScore(), e.passed(), null, null)));
        sessions.forEach(s -> byId.put(s.sessionId(), s));
        return byId.values().stream()
                .sorted(Comparator.comparing(Session::finishedAt).reversed().thenComparing(Session::sessionId))
                .limit(limit)
                .toList();
    }

    static LearnerView empty(String learnerId) {
        return of(new Document("_id", learnerId));
    }

    static LearnerView of(Document view) {
        Map<Integer, Counts> domains = new HashMap<>();
        view.get("domains", new Document()).forEach((domain, stats) ->
                domains.put(Integer.parseInt(domain), counts((Document) stats)));
        Map<String, Counts> tasks = new HashMap<>();
        view.get("tasks", new Document()).forEach((task, stats) ->
                tasks.put(task.replace('_', '.'), counts((Document) stats)));
        Map<LocalDate, Long> days = new HashMap<>();
        view.get("days", new Document()).forEach((day, answers) -> days.put(LocalDate.parse(day), count(answers)));
        List<Exam> exams = view.getList("exams", Document.class, List.of()).stream()
                .map(e -> new Exam(e.getString("sessionId"),
                        integer(e.get("scaledScore")), e.getBoolean("passed"),
                        e.get("finishedAt", Date.class).toInstant()))
                .toList();
        List<Session> sessions = view.getList("sessions", Document.class, List.of()).stream()
                .map(e -> new Session(e.getString("sessionId"), e.getString("mode"),
                        e.get("finishedAt", Date.class).toInstant(), integer(e.get("scaledScore")),
                        e.getBoolean("passed"), integer(e.get("correctCount")), integer(e.get("scoredCount"))))
                .toList();
        Document model = view.get("model", new Document());
        Map<Integer, Mastery> domainMastery = new HashMap<>();
        model.getList("domains", Document.class, List.of())
                .forEach(d -> domainMastery.put(d.getInteger("domain"), mastery(d)));
        Map<String, Mastery> taskMastery = new HashMap<>();
        model.getList("taskStatements", Document.class, List.of())
                .forEach(t -> taskMastery.put(t.getString("id"), mastery(t)));
        Document readiness = model.get("readiness", Document.class);
        Date lastActive = view.get("lastActiveAt", Date.class);
        return new LearnerView(view.getString("_id"), counts(view), count(view.get("omitted")), domains, tasks, days,
                lastActive == null ? null : lastActive.toInstant(), exams, sessions, domainMastery, taskMastery,
                readiness == null ? null : new Readiness(readiness.get("predictedScore", Number.class).intValue(),
                        readiness.get("low", Number.class).intValue(), readiness.get("high", Number.class).intValue(),
                        readiness.get("passProbability", Number.class).doubleValue()));
    }

    private static Counts counts(Document stats) {
        return new Counts(count(stats.get("answered")), count(stats.get("correct")));
    }

    private static long count(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static Mastery mastery(Document estimate) {
        return new Mastery(estimate.get("mastery", Number.class).doubleValue(), decimal(estimate.get("low")),
                decimal(estimate.get("high")));
    }

    private static Integer integer(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    private static Double decimal(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
