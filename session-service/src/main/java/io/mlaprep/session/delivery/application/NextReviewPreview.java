package io.mlaprep.session.delivery.application;

import io.mlaprep.servicedefaults.errors.DependencyUnavailableException;
import io.mlaprep.session.adaptive.client.RecommenderClient;
import io.mlaprep.session.delivery.domain.SessionItem;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When the recommender's FSRS schedules an answered item next, for the feedback. A nicety: the answer is
 * durable before this is asked, and no answer fails or waits beyond the preview budget for it.
 */
@Component
public class NextReviewPreview {

    private static final Logger log = LoggerFactory.getLogger(NextReviewPreview.class);

    private final RecommenderClient recommender;

    public NextReviewPreview(RecommenderClient recommender) {
        this.recommender = recommender;
    }

    /** Empty for an item not graded yet, or when the recommender does not answer in time. */
    public Optional<Instant> of(String learnerId, SessionItem answered) {
        if (answered.correct() == null || answered.answeredAt() == null) {
            return Optional.empty();
        }
        try {
            return recommender.nextReview(learnerId, answered.questionId(), answered.correct(),
                    answered.confidence() == null ? null : answered.confidence().name(), answered.answeredAt());
        } catch (DependencyUnavailableException e) {
            log.debug("feedback for {} goes without its next review: {}", learnerId, e.getMessage());
            return Optional.empty();
        }
    }
}
