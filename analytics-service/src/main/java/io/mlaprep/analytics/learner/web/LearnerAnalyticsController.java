package io.mlaprep.analytics.learner.web;

import io.mlaprep.analytics.learner.persistence.LearnerView;
import io.mlaprep.analytics.learner.persistence.LearnerViewStore;
import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.servicedefaults.security.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
        LearnerView view = learners.find(caller.id());
        List<LearnerAnalyticsView.DomainStats> domains = ExamGuide.DOMAINS.stream().map(d -> {
            LearnerView.Counts counts = view.domains().getOrDefault(d.id(), LearnerView.Counts.NONE);
            LearnerView.Mastery mastery = view.domainMastery().get(d.id());
            return new LearnerAnalyticsView.DomainStats(d.id(), counts.answered(), counts.correct(), counts.accuracy(),
                    mastery == null ? null : mastery.mastery(), mastery == null ? null : mastery.low(),
                    mastery == null ? null : mastery.high());
        }).toList();
        List<LearnerAnalyticsView.TaskStats> tasks = ExamGuide.allTaskStatements().stream().map(t -> {
            LearnerView.Counts counts = view.taskStatements().getOrDefault(t.id(), LearnerView.Counts.NONE);
            LearnerView.Mastery mastery = view.taskMastery().get(t.id());
            return new LearnerAnalyticsView.TaskStats(t.id(), counts.answered(), counts.correct(), counts.accuracy(),
                    mastery == null ? null : mastery.mastery(), mastery == null ? null : mastery.low(),
                    mastery == null ? null : mastery.high());
        }).toList();
        LearnerView.Readiness readiness = view.readiness();
        return new LearnerAnalyticsView(view.total().answered(), view.omitted(), view.total().accuracy(), view.lastActiveAt(), domains,
                tasks, readiness == null ? null : new LearnerAnalyticsView.Readiness(readiness.predictedScore(),
                        readiness.low(), readiness.high(), readiness.passProbability()),
                view.exams().stream().map(e -> new LearnerAnalyticsView.ExamResult(e.sessionId(), e.scaledScore(),
                        e.passed(), e.finishedAt())).toList(),
                activity(view));
    }

    private List<LearnerAnalyticsView.DailyActivity> activity(LearnerView view) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<LearnerAnalyticsView.DailyActivity> activity = new ArrayList<>(ACTIVITY_DAYS);
        for (LocalDate day = today.minusDays(ACTIVITY_DAYS - 1); !day.isAfter(today); day = day.plusDays(1)) {
            activity.add(new LearnerAnalyticsView.DailyActivity(day, view.answersPerDay().getOrDefault(day, 0L)));
        }
        return activity;
    }
}
