package io.mlaprep.analytics.cohort.web;

import io.mlaprep.analytics.cohort.application.CohortService;
import io.mlaprep.analytics.learner.persistence.LearnerView;
import io.mlaprep.contracts.ExamGuide;
import java.time.Instant;
import java.util.List;

/**
 * One cohort member as their instructor sees them: what they practised, where the recommender places
 * them, their latest sessions, and why they are at risk (empty when they are not).
 */
public record CohortLearnerView(String learnerId, String displayName, long totalAnswered, Double accuracy,
                                List<DomainStats> domains, Readiness readiness, List<RecentSession> recentSessions,
                                Instant lastActiveAt, List<String> reasons) {

    static final int RECENT_SESSIONS = 10;

    /** {@code mastery} and its likely range are null until the recommender has published a model. */
    public record DomainStats(int domain, long answered, long correct, Double accuracy, Double mastery, Double low,
                              Double high) {
    }

    public record Readiness(int predictedScore, int low, int high, double passProbability) {
    }

    /** {@code scaledScore} and {@code passed} for exams only. */
    public record RecentSession(String sessionId, String mode, Instant finishedAt, Integer scaledScore, Boolean passed,
                                Integer correctCount, Integer scoredCount) {
    }

    static CohortLearnerView of(CohortService.CohortLearner learner) {
        LearnerView view = learner.view();
        List<DomainStats> domains = ExamGuide.DOMAINS.stream().map(d -> {
            LearnerView.Counts counts = view.domains().getOrDefault(d.id(), LearnerView.Counts.NONE);
            LearnerView.Mastery mastery = view.domainMastery().get(d.id());
            return new DomainStats(d.id(), counts.answered(), counts.correct(), counts.accuracy(),
                    mastery == null ? null : mastery.mastery(), mastery == null ? null : mastery.low(),
                    mastery == null ? null : mastery.high());
        }).toList();
        LearnerView.Readiness readiness = view.readiness();
        return new CohortLearnerView(learner.member().learnerId(), learner.member().displayName(),
                view.total().answered(), view.total().accuracy(), domains,
                readiness == null ? null : new Readiness(readiness.predictedScore(), readiness.low(), readiness.high(),
                        readiness.passProbability()),
                view.recentSessions(RECENT_SESSIONS).stream().map(s -> new RecentSession(s.sessionId(), s.mode(),
                        s.finishedAt(), s.scaledScore(), s.passed(), s.correctCount(), s.scoredCount())).toList(),
                view.lastActiveAt(), learner.reasons());
    }
}
