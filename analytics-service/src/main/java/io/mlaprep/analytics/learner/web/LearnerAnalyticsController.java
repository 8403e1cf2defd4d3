package io.mlaprep.analytics.learner.web;

import io.mlaprep.analytics.learner.persistence.LearnerViewStore;
import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.servicedefaults.security.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A learner's own analytics; there is no way to name another learner here. */
@RestController
public class LearnerAnalyticsController {

    private static final int ACTIVITY_DAYS = 90;

    private final LearnerViewStore learners;
    private final Clock clock;

    public LearnerAnalyticsController(LearnerViewStore learners, Clock clock) {
        this.learners = learners;
        this.clock = clock;
    }

    @GetMapping("/api/analytics/me")
    @PreAuthorize("hasRole('LEARNER')")
    public LearnerAnalyticsView me(Caller caller) {
        Document view = learners.find(caller.id()).orElseGet(Document::new);
        Document model = view.get("model", new Document());
        Map<String, Document> masteryByDomain = byKey(model.getList("domains", Document.class, List.of()), "domain");
        Map<String, Document> masteryByTask = byKey(model.getList("taskStatements", Document.class, List.of()), "id");
        Document domains = view.get("domains", new Document());
        Document tasks = view.get("tasks", new Document());

        List<LearnerAnalyticsView.DomainStats> domainStats = ExamGuide.DOMAINS.stream().map(d -> {
            Document stats = domains.get(Integer.toString(d.id()), new Document());
            Document mastery = masteryByDomain.get(Integer.toString(d.id()));
            return new LearnerAnalyticsView.DomainStats(d.id(), count(stats, "answered"), count(stats, "correct"),
                    accuracy(stats), number(mastery, "mastery"), number(mastery, "low"), number(mastery, "high"));
        }).toList();
        List<LearnerAnalyticsView.TaskStats> taskStats = ExamGuide.allTaskStatements().stream().map(t -> {
            Document stats = tasks.get(t.id().replace('.', '_'), new Document());
            Document mastery = masteryByTask.get(t.id());
            return new LearnerAnalyticsView.TaskStats(t.id(), count(stats, "answered"), count(stats, "correct"),
                    accuracy(stats), number(mastery, "mastery"), number(mastery, "low"), number(mastery, "high"));
        }).toList();

        Document readiness = model.get("readiness", Document.class);
        Date lastActive = view.get("lastActiveAt", Date.class);
        return new LearnerAnalyticsView(count(view, "answered"), accuracy(view),
                lastActive == null ? null : lastActive.toInstant(), domainStats, taskStats,
                readiness == null ? null : new LearnerAnalyticsView.Readiness(
                        ((Number) readiness.get("predictedScore")).intValue(), ((Number) readiness.get("low")).intValue(),
                        ((Number) readiness.get("high")).intValue(),
                        ((Number) readiness.get("passProbability")).doubleValue()),
                exams(view), activity(view.get("days", new Document())));
    }

    private static List<LearnerAnalyticsView.ExamResult> exams(Document view) {
        return view.getList("exams", Document.class, List.of()).stream()
                .map(e -> new LearnerAnalyticsView.ExamResult(e.getString("sessionId"),
                        e.get("scaledScore") == null ? null : ((Number) e.get("scaledScore")).intValue(),
                        e.getBoolean("passed"), e.get("finishedAt", Date.class).toInstant()))
                .toList();
    }

    private List<LearnerAnalyticsView.DailyActivity> activity(Document days) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<LearnerAnalyticsView.DailyActivity> activity = new ArrayList<>(ACTIVITY_DAYS);
        for (LocalDate day = today.minusDays(ACTIVITY_DAYS - 1); !day.isAfter(today); day = day.plusDays(1)) {
            activity.add(new LearnerAnalyticsView.DailyActivity(day, count(days, day.toString())));
        }
        return activity;
    }

    private static Map<String, Document> byKey(List<Document> documents, String key) {
        Map<String, Document> byKey = new HashMap<>();
        documents.forEach(d -> byKey.put(String.valueOf(d.get(key)), d));
        return byKey;
    }

    private static Double accuracy(Document stats) {
        long answered = count(stats, "answered");
        return answered == 0 ? null : (double) count(stats, "correct") / answered;
    }

    private static Double number(Document document, String field) {
        return document == null || !(document.get(field) instanceof Number n) ? null : n.doubleValue();
    }

    private static long count(Document document, String field) {
        return document.get(field) instanceof Number number ? number.longValue() : 0;
    }
}
