package io.mlaprep.session.adaptive;

import io.mlaprep.session.resilience.ResilientCall;
import io.mlaprep.session.resilience.ResilientCalls;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * recommender-service over HTTP: the questions a learner should practise next, the ones due for review, and
 * when an answer schedules a question next. The preview has a budget of its own, and a breaker of its own, so
 * a slow preview never opens the circuit that adaptive and review sessions start through.
 */
@Component
public class RecommenderClient {

    private final ResilientCall calls;
    private final ResilientCall previews;

    public RecommenderClient(ResilientCalls calls,
                             @Value("${mla.clients.recommender-service.url}") String url,
                             @Value("${mla.clients.recommender-service.connect-timeout}") Duration connectTimeout,
                             @Value("${mla.clients.recommender-service.timeout}") Duration timeout,
                             @Value("${mla.clients.recommender-service.preview-timeout}") Duration previewTimeout) {
        this.calls = calls.create("recommender-service", url, connectTimeout, timeout, 64);
        this.previews = calls.create("recommender-service-preview", url, connectTimeout, previewTimeout, 64);
    }

    /** A question chosen for the learner, with the recommender's own words for why (null if it gave none). */
    public record Pick(String questionId, String reason) {
    }

    /** The due items, most overdue first, and when the next review after now falls (null if none is scheduled). */
    public record Due(List<Pick> items, Instant nextDueAt) {
    }

    public List<Pick> nextQuestions(String learnerId, int limit) {
        NextQuestions next = calls.call(http -> http.get()
                .uri("/internal/learners/{learnerId}/next-questions?limit={limit}", learnerId, limit)
                .retrieve().body(NextQuestions.class));
        if (next == null) {
            return List.of();
        }
        if (next.items() != null) {
            return next.items().stream().map(item -> new Pick(item.questionId(), item.explanation())).toList();
        }
        return next.questionIds() == null ? List.of()
                : next.questionIds().stream().map(id -> new Pick(id, null)).toList();
    }

    public Due dueQuestions(String learnerId, int limit) {
        DueQuestions due = calls.call(http -> http.get()
                .uri("/internal/learners/{learnerId}/due-questions?limit={limit}", learnerId, limit)
                .retrieve().body(DueQuestions.class));
        if (due == null || due.items() == null) {
            return new Due(List.of(), due == null ? null : due.nextDueAt());
        }
        return new Due(due.items().stream().map(item -> new Pick(item.questionId(), item.explanation())).toList(),
                due.nextDueAt());
    }

    /**
     * When the recommender's FSRS will schedule the question next after this answer (it changes nothing: the
     * answer event does). Throws like every call when the recommender does not answer within the preview budget.
     *
     * @param confidence LOW, MEDIUM or HIGH, or null if the learner gave none
     */
    public Optional<Instant> nextReview(String learnerId, String questionId, boolean correct, String confidence,
                                        Instant answeredAt) {
        Preview preview = previews.call(http -> http.get()
                .uri(uri -> {
                    uri.path("/internal/learners/{learnerId}/memory/{questionId}/preview")
                            .queryParam("correct", correct).queryParam("answeredAt", answeredAt);
                    if (confidence != null) {
                        uri.queryParam("confidence", confidence);
                    }
                    return uri.build(learnerId, questionId);
                })
                .retrieve().body(Preview.class));
        return Optional.ofNullable(preview).map(Preview::nextReviewAt);
    }

    record NextQuestions(List<String> questionIds, List<Item> items) {
    }

    record DueQuestions(List<Item> items, Instant nextDueAt) {
    }

    record Item(String questionId, String explanation) {
    }

    record Preview(Instant nextReviewAt) {
    }
}
