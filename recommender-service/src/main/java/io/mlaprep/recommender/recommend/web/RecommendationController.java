package io.mlaprep.recommender.recommend.web;

import io.mlaprep.recommender.recommend.application.RecommendationService;
import io.mlaprep.servicedefaults.security.Caller;
import io.mlaprep.servicedefaults.web.InvalidInputException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RecommendationController {

    private final RecommendationService recommendations;

    public RecommendationController(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    /** The caller's own next items and focus areas. */
    @GetMapping("/api/recommendations")
    @PreAuthorize("hasRole('LEARNER')")
    public RecommendationViews.RecommendationsView recommend(Caller caller,
            @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
        return RecommendationViews.of(recommendations.recommend(caller.id(), limit));
    }

    /** A day-by-day plan to the exam date within a daily time budget. */
    @GetMapping("/api/recommendations/plan")
    @PreAuthorize("hasRole('LEARNER')")
    public RecommendationViews.PlanView plan(Caller caller, @RequestParam String examDate,
            @RequestParam(defaultValue = "30") @Min(5) @Max(600) int minutesPerDay) {
        LocalDate exam;
        try {
            exam = LocalDate.parse(examDate);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("examDate", "must be a date like 2027-03-15");
        }
        if (!exam.isAfter(LocalDate.now())) {
            throw new InvalidInputException("examDate", "must be after today");
        }
        if (exam.isAfter(LocalDate.now().plusYears(1))) {
            throw new InvalidInputException("examDate", "must be within a year");
        }
        return RecommendationViews.of(recommendations.plan(caller.id(), exam, minutesPerDay));
    }

    /** For session-service's adaptive sessions (role SERVICE): the questions a learner should answer next. */
    @GetMapping("/internal/learners/{learnerId}/next-questions")
    public RecommendationViews.NextQuestions next(@PathVariable String learnerId,
            @RequestParam(defaultValue = "10") @Min(1) @Max(65) int limit) {
        return new RecommendationViews.NextQuestions(recommendations.recommend(learnerId, limit).items().stream()
                .map(item -> item.questionId()).toList());
    }
}
