package io.mlaprep.contracts.internal.questions;

import io.mlaprep.contracts.QuestionType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A question version as question-service gives it to other services: content, key and explanations. Never for
 * learners as it is. {@code responses} are the right-hand entries of a matching question (empty otherwise);
 * {@code difficulty} is the author's prior in logits, or null.
 */
public record CatalogItem(String id, int version, Status status, int domain, String taskStatement, QuestionType type,
                          String stem, List<Option> options, List<Choice> responses, Key correct, String explanation,
                          List<String> references, Double difficulty) {

    public CatalogItem {
        options = List.copyOf(options);
        responses = responses == null ? List.of() : List.copyOf(responses);
        references = references == null ? List.of() : List.copyOf(references);
    }

    public enum Status {
        ACTIVE,
        /** Never drawn again; its versions stay readable for sessions and history. */
        RETIRED
    }

    /** An answer option, an ordering step or a matching prompt, with why it is right or wrong. */
    public record Option(String id, String text, String explanation) {
    }

    /** A right-hand entry of a matching question. */
    public record Choice(String id, String text) {
    }

    /** The correct response: option ids (choice types), a step order (ordering) or prompt-to-response pairs. */
    public record Key(List<String> optionIds, List<String> order, Map<String, String> pairs) {
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    /** The options in the order given by their ids (the order the learner was shown). */
    public List<Option> optionsIn(List<String> order) {
        return inOrder(options, Option::id, order);
    }

    /** The matching responses in the order given by their ids (the order the learner was shown). */
    public List<Choice> responsesIn(List<String> order) {
        return inOrder(responses, Choice::id, order);
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
}
