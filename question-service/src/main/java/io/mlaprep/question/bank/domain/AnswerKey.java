package io.mlaprep.question.bank.domain;

import java.util.List;
import java.util.Map;

/** The correct response: option ids (choice types), a step order (ordering) or prompt-to-response pairs (matching). */
public record AnswerKey(List<String> optionIds, List<String> order, Map<String, String> pairs) {

    public AnswerKey {
        optionIds = optionIds == null ? null : List.copyOf(optionIds);
        order = order == null ? null : List.copyOf(order);
        pairs = pairs == null ? null : Map.copyOf(pairs);
    }
}
