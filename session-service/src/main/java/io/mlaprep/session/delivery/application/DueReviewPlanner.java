package io.mlaprep.session.delivery.application;

import io.mlaprep.servicedefaults.errors.ConflictException;
import io.mlaprep.servicedefaults.errors.DependencyUnavailableException;
import io.mlaprep.session.adaptive.client.RecommenderClient;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Review sessions serve what the recommender's FSRS schedule says is due, most overdue first. Unlike adaptive
 * sessions they cannot fall back: no other question is a due review, so an unavailable recommender is a 503.
 */
@Component
public class DueReviewPlanner {

    private final RecommenderClient recommender;
    private final SessionPlanner planner;

    public DueReviewPlanner(RecommenderClient recommender, SessionPlanner planner) {
        this.recommender = recommender;
        this.planner = planner;
    }

    public SessionPlanner.Plan plan(String learnerId, int size) {
        RecommenderClient.Due due;
        try {
            due = recommender.dueQuestions(learnerId, size);
        } catch (DependencyUnavailableException e) {
            throw new DependencyUnavailableException("Your review queue cannot be read: " + e.getMessage()
                    + " A review session serves only the questions due for review, so it cannot fall back to others:"
                    + " start a PRACTICE or ADAPTIVE session meanwhile.", e);
        }
        if (due.items().isEmpty()) {
            throw nothingDue(due);
        }
        SessionPlanner.Plan plan = planner.chosen(due.items());
        if (plan.items().isEmpty()) {
            throw new ConflictException("The questions due for review have all been retired.");
        }
        return plan;
    }

    private static ConflictException nothingDue(RecommenderClient.Due due) {
        if (due.nextDueAt() == null) {
            return new ConflictException("Nothing is due for review yet: questions you answer come back here when "
                    + "they are due.");
        }
        return new ConflictException("Nothing is due for review; the next review is due on "
                + LocalDate.ofInstant(due.nextDueAt(), ZoneOffset.UTC) + ".",
                Map.of("nextReviewAt", due.nextDueAt().toString()));
    }
}
