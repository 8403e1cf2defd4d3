package io.mlaprep.contracts.internal.recommender;

import java.util.List;

/**
 * The questions a learner should answer next, best first.
 *
 * @param questionIds the items' ids alone, as before the items carried their reasons
 */
public record NextQuestions(List<String> questionIds, List<Item> items) {

    /**
     * @param reason      the recommender's reason code (e.g. {@code DUE_REVIEW})
     * @param explanation the same sentence {@code GET /api/recommendations} shows for the item
     */
    public record Item(String questionId, String reason, String explanation) {
    }
}
