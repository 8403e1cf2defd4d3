package io.mlaprep.analytics.learner.web;

import io.mlaprep.analytics.learner.persistence.LearnerViewStore;
import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.servicedefaults.security.Caller;
import java.util.List;
import org.bson.Document;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A learner's own analytics; there is no way to name another learner here. */
@RestController
public class LearnerAnalyticsController {

    private final LearnerViewStore learners;

    public LearnerAnalyticsController(LearnerViewStore learners) {
        this.learners = learners;
    }

    @GetMapping("/api/analytics/me")
    @PreAuthorize("hasRole('LEARNER')")
    public LearnerAnalyticsView me(Caller caller) {
        Document view = learners.find(caller.id()).orElseGet(Document::new);
        Document domains = view.get("domains", new Document());
        Document tasks = view.get("tasks", new Document());
        List<LearnerAnalyticsView.DomainStats> domainStats = ExamGuide.DOMAINS.stream()
                .map(d -> {
                    Document stats = domains.get(Integer.toString(d.id()), new Document());
                    return new LearnerAnalyticsView.DomainStats(d.id(), count(stats, "answered"), count(stats, "correct"),
                            null);
                }).toList();
        List<LearnerAnalyticsView.TaskStats> taskStats = ExamGuide.allTaskStatements().stream()
                .map(t -> {
                    Document stats = tasks.get(t.id().replace('.', '_'), new Document());
                    return new LearnerAnalyticsView.TaskStats(t.id(), count(stats, "answered"), count(stats, "correct"),
                            null);
                }).toList();
        long answered = count(view, "answered");
        long correct = count(view, "correct");
        return new LearnerAnalyticsView(answered, answered == 0 ? null : (double) correct / answered, domainStats,
                taskStats, null, List.of());
    }

    private static long count(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number number ? number.longValue() : 0;
    }
}
