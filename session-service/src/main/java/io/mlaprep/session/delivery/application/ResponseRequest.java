package io.mlaprep.session.delivery.application;

import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.session.delivery.domain.Confidence;
import java.util.List;
import java.util.Map;

/**
 * A learner's submission for one item. Only these fields are read: anything else a client sends
 * (say {@code correct} or {@code score}) is ignored.
 */
public record ResponseRequest(List<String> optionIds, List<String> order, Map<String, String> pairs,
                              Confidence confidence, Boolean flagged, String requestId) {

    public boolean hasResponse() {
        return optionIds != null || order != null || pairs != null;
    }

    public ItemResponse response() {
        return hasResponse() ? new ItemResponse(optionIds, order, pairs) : null;
    }
}
