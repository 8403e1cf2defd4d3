package io.mlaprep.session.delivery.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.session.delivery.domain.SessionItem;
import java.time.Instant;
import java.util.List;

/**
 * What a practice-mode learner sees right after answering.
 *
 * @param nextReviewAt when the recommender's spaced repetition brings the item back after this answer; absent when
 *                     the recommender did not say in time
 */
public record FeedbackView(int n, boolean correct, CatalogItem.Key correctResponse, String explanation,
                           List<OptionExplanation> optionExplanations, List<String> references, boolean flagged,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Instant nextReviewAt) {

    public record OptionExplanation(String id, String explanation) {
    }

    static FeedbackView of(SessionItem item, CatalogItem question, Instant nextReviewAt) {
        return new FeedbackView(item.n(), Boolean.TRUE.equals(item.correct()), question.correct(),
                question.explanation(), optionExplanations(item, question), question.references(), item.flagged(),
                nextReviewAt);
    }

    static List<OptionExplanation> optionExplanations(SessionItem item, CatalogItem question) {
        return question.optionsIn(item.optionOrder()).stream()
                .map(o -> new OptionExplanation(o.id(), o.explanation()))
                .toList();
    }
}
