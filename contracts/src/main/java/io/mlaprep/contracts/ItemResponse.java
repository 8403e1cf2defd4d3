package io.mlaprep.contracts;

import java.util.List;
import java.util.Map;

/**
 * A learner's response to one item. Exactly one part is used, by question type:
 * {@code optionIds} for multiple choice and multiple response, {@code order} for ordering,
 * {@code pairs} (prompt id to response id) for matching.
 */
public record ItemResponse(List<String> optionIds, List<String> order, Map<String, String> pairs) {

    public ItemResponse {
        optionIds = optionIds == null ? null : List.copyOf(optionIds);
        order = order == null ? null : List.copyOf(order);
        pairs = pairs == null ? null : Map.copyOf(pairs);
    }

    public static ItemResponse options(List<String> optionIds) {
        return new ItemResponse(optionIds, null, null);
    }

    public static ItemResponse ordering(List<String> order) {
        return new ItemResponse(null, order, null);
    }

    public static ItemResponse matching(Map<String, String> pairs) {
        return new ItemResponse(null, null, pairs);
    }
}
