package io.mlaprep.session.session.web;

import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.session.catalog.CatalogItem;
import io.mlaprep.session.session.domain.Confidence;
import io.mlaprep.session.session.domain.SessionItem;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An item as the learner sees it while answering: options in the session's shuffled order, their
 * own response so far, and nothing else. This type has no field for a key or an explanation.
 *
 * @param choose multiple response only: how many options to select (the stem says it too)
 */
public record ItemView(int n, String questionId, QuestionType type, String stem, List<Text> options,
                       List<Text> responses, Integer choose, ItemResponse response, boolean flagged,
                       Confidence confidence) {

    public record Text(String id, String text) {
    }

    static ItemView of(SessionItem item, CatalogItem question) {
        Map<String, String> optionText = question.options().stream()
                .collect(Collectors.toMap(CatalogItem.Option::id, CatalogItem.Option::text));
        Map<String, String> responseText = question.responses().stream()
                .collect(Collectors.toMap(CatalogItem.Choice::id, CatalogItem.Choice::text));
        return new ItemView(item.n(), item.questionId(), item.type(), question.stem(),
                inOrder(item.optionOrder(), optionText::get),
                item.responseOrder().isEmpty() ? null : inOrder(item.responseOrder(), responseText::get),
                item.type() == QuestionType.MULTIPLE_RESPONSE ? question.correct().optionIds().size() : null,
                item.response(), item.flagged(), item.confidence());
    }

    private static List<Text> inOrder(List<String> ids, Function<String, String> text) {
        return ids.stream().map(id -> new Text(id, text.apply(id))).toList();
    }
}
