package io.mlaprep.session.delivery.application;

import io.mlaprep.contracts.internal.recommender.ReviewOutlook;
import io.mlaprep.servicedefaults.errors.DependencyUnavailableException;
import io.mlaprep.session.adaptive.client.RecommenderClient;
import io.mlaprep.session.delivery.domain.NextReviewOutlook;
import io.mlaprep.session.delivery.domain.SessionItem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When the recommender's FSRS schedules an answered item next, for the feedback. A nicety: the answer is durable
 * before this is asked, and no answer fails or waits beyond the preview budget for it.
 *
 * <p>A session asks once, at its start, for the outlook of all its items ({@link #withOutlook}); the feedback reads
 * the answer's next review from there. Only an item without one (the recommender did not answer at the start, or the
 * answer is given on a later day, when FSRS would count a different elapsed time) asks the recommender on its own.
 * Asking per answer was about half of what an answer cost the stack in CPU (the service's README).
 */
@Component
public class NextReviewPreview {

    private static final Logger log = LoggerFactory.getLogger(NextReviewPreview.class);

    private final RecommenderClient recommender;

    public NextReviewPreview(RecommenderClient recommender) {
        this.recommender = recommender;
    }

    /** The items with their outlook as the learner's memory stands at {@code at}; as they were if none came. */
    public List<SessionItem> withOutlook(String learnerId, List<SessionItem> items, Instant at) {
        if (items.isEmpty()) {
            return items;
        }
        Map<String, NextReviewOutlook> outlooks;
        try {
            outlooks = recommender.outlook(learnerId, items.stream().map(SessionItem::questionId).toList(), at)
                    .map(NextReviewPreview::byQuestion).orElse(Map.of());
        } catch (DependencyUnavailableException e) {
            log.debug("a session of {} starts without its next-review outlook: {}", learnerId, e.getMessage());
            return items;
        }
        return items.stream().map(item -> item.withNextReview(outlooks.get(item.questionId()))).toList();
    }

    /** Empty for an item not graded yet, or when the recommender does not answer in time. */
    public Optional<Instant> of(String learnerId, SessionItem answered) {
        if (answered.correct() == null || answered.answeredAt() == null) {
            return Optional.empty();
        }
        if (answered.nextReview() != null) {
            Optional<Instant> foreseen = answered.nextReview()
                    .after(answered.correct(), answered.confidence(), answered.answeredAt());
            if (foreseen.isPresent()) {
                return foreseen;
            }
        }
        try {
            return recommender.nextReview(learnerId, answered.questionId(), answered.correct(),
                    answered.confidence() == null ? null : answered.confidence().name(), answered.answeredAt());
        } catch (DependencyUnavailableException e) {
            log.debug("feedback for {} goes without its next review: {}", learnerId, e.getMessage());
            return Optional.empty();
        }
    }

    private static Map<String, NextReviewOutlook> byQuestion(ReviewOutlook outlook) {
        return outlook.items().stream().collect(Collectors.toMap(ReviewOutlook.Item::questionId,
                item -> new NextReviewOutlook(outlook.on(), days(item.wrong()), days(item.right())),
                (first, second) -> first));
    }

    private static List<Integer> days(ReviewOutlook.Days days) {
        return List.of(days.none(), days.low(), days.medium(), days.high());
    }
}
