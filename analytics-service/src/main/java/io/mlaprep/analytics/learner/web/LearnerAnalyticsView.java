package io.mlaprep.analytics.learner.web;

import java.util.List;

public record LearnerAnalyticsView(long totalAnswered, Double accuracy, List<DomainStats> domains,
                                   List<TaskStats> taskStatements, Readiness readiness, List<ExamResult> exams) {

    public record DomainStats(int domain, long answered, long correct, Double mastery) {
    }

    public record TaskStats(String id, long answered, long correct, Double mastery) {
    }

    public record Readiness(int predictedScore, int low, int high, double passProbability) {
    }

    public record ExamResult(String sessionId, Integer scaledScore, Boolean passed, String finishedAt) {
    }
}
