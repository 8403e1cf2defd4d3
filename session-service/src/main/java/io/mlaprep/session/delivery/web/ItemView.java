package io.mlaprep.session.delivery.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.session.delivery.domain.Confidence;
import io.mlaprep.session.delivery.domain.SessionItem;
import java.util.List;

/**
 * An item as the learner sees it while answering: options in the session's shuffled order, their
 * own response so far, and nothing else. This type has no field for a key or an explanation.
 *
 * @param choose multiple response only: how many options to select (the stem says it too)
 * @param reason why the item was chosen (adaptive, due-review and drill items), absent otherwise
 */
public record ItemView(int n, String questionId, QuestionType type, String stem, List<Text> options,
                       List<Text> responses, Integer choose, ItemResponse response, boolean flagged,
                       Confidence confidence, @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {

    public record Text(String id, String text) {
    }

    static ItemView of(SessionItem item, CatalogItem question) {
        return new ItemView(item.n(), item.questionId(), item.type(), question.stem(),
                question.optionsIn(item.optionOrder()).stream().map(o -> new Text(o.id(), o.text())).toList(),
                item.responseOrder().isEmpty() ? null : question.responsesIn(item.responseOrder()).stream()
                        .map(r -> new Text(r.id(), r.text())).toList(),
                item.type() == QuestionType.MULTIPLE_RESPONSE ? question.correct().optionIds().size() : null,
                item.response(), item.flagged(), item.confidence(), item.reason());
    }
}
