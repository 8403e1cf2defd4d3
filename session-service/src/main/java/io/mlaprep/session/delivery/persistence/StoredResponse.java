package io.mlaprep.session.delivery.persistence;

import io.mlaprep.contracts.ItemResponse;
import java.util.List;
import java.util.Map;

/**
 * A learner's response in a stored item ({@code a}). The field names are those of the {@link ItemResponse} that
 * items were once stored with, so the sessions already in Redis read as they were written.
 */
record StoredResponse(List<String> optionIds, List<String> order, Map<String, String> pairs) {

    static StoredResponse of(ItemResponse response) {
        return response == null ? null : new StoredResponse(response.optionIds(), response.order(), response.pairs());
    }

    ItemResponse toResponse() {
        return new ItemResponse(optionIds, order, pairs);
    }
}
