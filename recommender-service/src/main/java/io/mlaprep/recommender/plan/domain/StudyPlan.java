package io.mlaprep.recommender.plan.domain;

import io.mlaprep.recommender.readiness.domain.Readiness;
import java.time.LocalDate;
import java.util.List;

/**
 * A day-by-day plan to the exam date.
 *
 * @param questionsPerDay  questions that fit the daily budget
 * @param days             one entry per day from today to the day before the exam
 * @param readinessNow     readiness today
 * @param expectedReadiness projected readiness on the exam date if the plan is followed
 */
public record StudyPlan(LocalDate today, LocalDate examDate, int dailyMinutes, int questionsPerDay,
                        List<PlanDay> days, Readiness readinessNow, Readiness expectedReadiness) {

    public StudyPlan {
        days = List.copyOf(days);
    }

    public int totalQuestions() {
        return days.stream().mapToInt(PlanDay::questions).sum();
    }
}
