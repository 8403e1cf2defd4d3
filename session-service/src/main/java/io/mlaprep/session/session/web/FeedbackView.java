package io.mlaprep.session.session.web;

import io.mlaprep.session.catalog.CatalogItem;
import io.mlaprep.session.session.domain.SessionItem;
import java.util.List;

/** What a practice-mode learner sees right after answering. */
public record FeedbackView(int n, boolean correct, CatalogItem.Key correctResponse, String explanation,
                           List<OptionExplanation> optionExplanations, List<String> references, boolean flagged) {

    public record OptionExplanation(String id, String explanation) {
    }

    static FeedbackView of(SessionItem item, CatalogItem question) {
        return new FeedbackView(item.n(), Boolean.TRUE.equals(item.correct()), question.correct(),
                question.explanation(), optionExplanations(item, question), question.references(), item.flagged());
    }

    static List<OptionExplanation> optionExplanations(SessionItem item, CatalogItem question) {
        return question.optionsIn(item.optionOrder()).stream()
                .map(o -> new OptionExplanation(o.id(), o.explanation()))
                .toList();
    }
}
