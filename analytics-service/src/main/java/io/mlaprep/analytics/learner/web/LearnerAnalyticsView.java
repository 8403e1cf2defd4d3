package io.mlaprep.analytics.learner.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A learner's own analytics: what they did (from answers) and where they stand (the recommender's model).
 * {@code totalOmitted} counts exam items left unanswered, which are in no answer count.
 */
public record LearnerAnalyticsView(long totalAnswered, long totalOmitted, Double accuracy, Instant lastActiveAt, List<DomainStats> domains,
                                   List<TaskStats> taskStatements, Readiness readiness, List<ExamResult> exams,
                                   List<DailyActivity> activity) {

    public record DomainStats(int domain, long answered, long correct, Double accuracy, Double mastery, Double low,
                              Double high) {
    }

    public record TaskStats(String id, long answered, long correct, Double accuracy, Double mastery, Double low,
                            Double high) {
    }

    public record Readiness(int predictedScore, int low, int high, double passProbability) {
    }

    public record ExamResult(String sessionId, Integer scaledScore, Boolean passed, Instant finishedAt) {
    }

    public record DailyActivity(LocalDate date, long answers) {
    }
}
