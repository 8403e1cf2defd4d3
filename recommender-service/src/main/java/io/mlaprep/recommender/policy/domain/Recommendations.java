package io.mlaprep.recommender.policy.domain;

import java.util.List;

/**
 * @param items recommended items, due reviews first
 * @param focus all domains, highest priority (weakest relative to its weight) first
 */
public record Recommendations(List<Recommendation> items, List<FocusArea> focus) {

    public Recommendations {
        items = List.copyOf(items);
        focus = List.copyOf(focus);
    }
}
