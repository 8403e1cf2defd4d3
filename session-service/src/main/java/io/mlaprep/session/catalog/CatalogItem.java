package io.mlaprep.session.catalog;

import io.mlaprep.contracts.QuestionType;
import io.mlaprep.session.grading.domain.ItemKey;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A question version as question-service gives it to other services: content, key and explanations. */
public record CatalogItem(String id, int version, String status, int domain, String taskStatement, QuestionType type,
                          String stem, List<Option> options, List<Choice> responses, Key correct, String explanation,
                          List<String> references, Double difficulty) {

    public CatalogItem {
        options = List.copyOf(options);
        responses = responses == null ? List.of() : List.copyOf(responses);
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** The options in the order given by their ids (the order the learner was shown). */
    public List<Option> optionsIn(List<String> order) {
        return inOrder(options, Option::id, order);
    }

    /** The matching responses in the order given by their ids (the order the learner was shown). */
    public List<Choice> responsesIn(List<String> order) {
        return inOrder(responses, Choice::id, order);
    }

    public ItemKey key() {
        return new ItemKey(type, options.stream().map(Option::id).collect(Collectors.toSet()),
                responses.stream().map(Choice::id).collect(Collectors.toSet()),
                correct.optionIds(), correct.order(), correct.pairs());
    }

    private <T> List<T> inOrder(List<T> all, Function<T, String> id, List<String> order) {
        Map<String, T> byId = all.stream().collect(Collectors.toMap(id, Function.identity()));
        return order.stream().map(key -> {
            T found = byId.get(key);
            if (found == null) {
                throw new IllegalStateException("question " + this.id + " v" + version + " has no " + key);
            }
            return found;
        }).toList();
    }

    public record Option(String id, String text, String explanation) {
    }

    public record Choice(String id, String text) {
    }

    public record Key(List<String> optionIds, List<String> order, Map<String, String> pairs) {
    }
}
