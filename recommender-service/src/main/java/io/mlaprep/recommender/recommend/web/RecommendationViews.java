package io.mlaprep.recommender.recommend.web;

import io.mlaprep.contracts.internal.recommender.NextQuestions;
import io.mlaprep.recommender.plan.domain.StudyPlan;
import io.mlaprep.recommender.policy.domain.Recommendations;
import io.mlaprep.recommender.readiness.domain.Readiness;
import java.time.LocalDate;
import java.util.List;

/** The recommender's public payloads, and the mapping to its internal one. */
final class RecommendationViews {

    private RecommendationViews() {
    }

    record Item(String questionId, int domain, String taskStatement, String reason, Double retrievability,
                String explanation) {
    }

    record Focus(int domain, String name, double weight, double mastery, double low, double high, String explanation) {
    }

    record RecommendationsView(List<Item> items, List<Focus> focus) {
    }

    record ReadinessView(int predictedScore, int low, int high, double passProbability) {
    }

    record Allocation(String taskStatement, int domain, int questions) {
    }

    record Day(LocalDate date, String kind, int questions, int minutes, List<Integer> domains,
               List<Allocation> taskStatements) {
    }

    record PlanView(LocalDate today, LocalDate examDate, int daysToExam, int minutesPerDay, int questionsPerDay,
                    ReadinessView readinessNow, ReadinessView expectedReadiness, List<Day> days) {
    }

    static RecommendationsView of(Recommendations recommendations) {
        return new RecommendationsView(
                recommendations.items().stream().map(r -> new Item(r.questionId(), r.domain(), r.taskStatement(),
                        r.reason().name(), r.retrievability(), r.explanation())).toList(),
                recommendations.focus().stream().map(f -> new Focus(f.domain(), f.name(), f.weight(), f.mastery(),
                        f.low(), f.high(), f.explanation())).toList());
    }

    static NextQuestions next(Recommendations recommendations) {
        return new NextQuestions(recommendations.items().stream().map(r -> r.questionId()).toList(),
                recommendations.items().stream().map(r -> new NextQuestions.Item(r.questionId(), r.reason().name(),
                        r.explanation())).toList());
    }

    static PlanView of(StudyPlan plan) {
        return new PlanView(plan.today(), plan.examDate(), plan.days().size(), plan.dailyMinutes(),
                plan.questionsPerDay(), of(plan.readinessNow()), of(plan.expectedReadiness()),
                plan.days().stream().map(d -> new Day(d.date(), d.kind().name(), d.questions(), d.minutes(),
                        d.domains(), d.taskStatements().stream().map(t -> new Allocation(t.taskStatement(),
                                t.domain(), t.questions())).toList())).toList());
    }

    static ReadinessView of(Readiness readiness) {
        return readiness == null ? null : new ReadinessView(readiness.predictedScore(), readiness.low(),
                readiness.high(), readiness.passProbability());
    }
}
