package io.mlaprep.recommender.recommend.web;

import io.mlaprep.contracts.internal.recommender.NextQuestions;
import io.mlaprep.contracts.internal.recommender.RecommenderApi;
import io.mlaprep.recommender.recommend.application.RecommendationService;
import io.mlaprep.servicedefaults.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
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
            @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate examDate) {
        return RecommendationViews.of(recommendations.recommend(caller.id(), limit, examDate));
    }

    /** A day-by-day plan to the exam date within a daily time budget. */
    @GetMapping("/api/recommendations/plan")
    @PreAuthorize("hasRole('LEARNER')")
    public RecommendationViews.PlanView plan(Caller caller,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate examDate,
            @RequestParam(defaultValue = "30") @Min(5) @Max(600) int minutesPerDay) {
        return RecommendationViews.of(recommendations.plan(caller.id(), examDate, minutesPerDay));
    }

    /** For session-service's adaptive sessions (role SERVICE): the questions a learner should answer next, and why. */
    @GetMapping(RecommenderApi.NEXT_QUESTIONS)
    public NextQuestions next(@PathVariable String learnerId,
            @RequestParam(defaultValue = "10") @Min(1) @Max(65) int limit) {
        return RecommendationViews.next(recommendations.recommend(learnerId, limit));
    }
}
