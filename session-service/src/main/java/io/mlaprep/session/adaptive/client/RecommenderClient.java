package io.mlaprep.session.adaptive.client;

import io.mlaprep.contracts.internal.recommender.DueQuestions;
import io.mlaprep.contracts.internal.recommender.NextQuestions;
import io.mlaprep.contracts.internal.recommender.RecommenderApi;
import io.mlaprep.contracts.internal.recommender.ReviewOutlook;
import io.mlaprep.contracts.internal.recommender.ReviewPreview;
import io.mlaprep.servicedefaults.client.ResilientCall;
import io.mlaprep.servicedefaults.client.ResilientCalls;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * recommender-service over HTTP: the questions a learner should practise next, the ones due for review, and
 * when an answer schedules a question next. The preview has a budget of its own, and a breaker of its own, so
 * a slow preview never opens the circuit that adaptive and review sessions start through.
 */
@Component
public class RecommenderClient {

    private static final Logger log = LoggerFactory.getLogger(RecommenderClient.class);

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
        NextQuestions next = next(learnerId, limit);
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
        DueQuestions due = due(learnerId, limit);
        if (due == null || due.items() == null) {
            return new Due(List.of(), due == null ? null : due.nextDueAt());
        }
        return new Due(due.items().stream().map(item -> new Pick(item.questionId(), item.explanation())).toList(),
                due.nextDueAt());
    }

    /**
     * When the recommender's FSRS will schedule the question next after this answer (it changes nothing: the
     * answer event does). Empty when the recommender refuses to preview (a 4xx); throws like every call when it
     * does not answer within the preview budget.
     *
     * @param confidence LOW, MEDIUM or HIGH, or null if the learner gave none
     */
    public Optional<Instant> nextReview(String learnerId, String questionId, boolean correct, String confidence,
                                        Instant answeredAt) {
        try {
            return preview(learnerId, questionId, correct, confidence, answeredAt).map(ReviewPreview::nextReviewAt);
        } catch (HttpClientErrorException e) {
            log.debug("the recommender refused to preview {} for {}: {}", questionId, learnerId, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * When the recommender's FSRS would schedule each question next after any answer to it on {@code at}'s day, from
     * the learner's memory now; within the preview budget, like {@link #preview}. Empty when the recommender refuses
     * (a 4xx); throws like every call when it does not answer in time.
     */
    public Optional<ReviewOutlook> outlook(String learnerId, List<String> questionIds, Instant at) {
        try {
            return Optional.ofNullable(previews.call(http -> http.get()
                    .uri(uri -> uri.path(RecommenderApi.OUTLOOK)
                            .queryParam("questionIds", String.join(",", questionIds))
                            .queryParam("at", at)
                            .build(learnerId))
                    .retrieve().body(ReviewOutlook.class)));
        } catch (HttpClientErrorException e) {
            log.debug("the recommender refused an outlook for {}: {}", learnerId, e.getMessage());
            return Optional.empty();
        }
    }

    /** The recommender's answer as it is; {@link #nextQuestions} is what sessions use. */
    public NextQuestions next(String learnerId, int limit) {
        return calls.call(http -> http.get()
                .uri(RecommenderApi.NEXT_QUESTIONS + "?limit={limit}", learnerId, limit)
                .retrieve().body(NextQuestions.class));
    }

    /** The recommender's answer as it is; {@link #dueQuestions} is what sessions use. */
    public DueQuestions due(String learnerId, int limit) {
        return calls.call(http -> http.get()
                .uri(RecommenderApi.DUE_QUESTIONS + "?limit={limit}", learnerId, limit)
                .retrieve().body(DueQuestions.class));
    }

    /** The recommender's answer as it is; {@link #nextReview} is what feedback uses. */
    public Optional<ReviewPreview> preview(String learnerId, String questionId, boolean correct, String confidence,
                                           Instant answeredAt) {
        return Optional.ofNullable(previews.call(http -> http.get()
                .uri(uri -> {
                    uri.path(RecommenderApi.PREVIEW).queryParam("correct", correct)
                            .queryParam("answeredAt", answeredAt);
                    if (confidence != null) {
                        uri.queryParam("confidence", confidence);
                    }
                    return uri.build(learnerId, questionId);
                })
                .retrieve().body(ReviewPreview.class)));
    }
}
