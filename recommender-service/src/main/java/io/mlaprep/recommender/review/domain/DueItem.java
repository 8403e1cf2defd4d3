package io.mlaprep.recommender.review.domain;

import java.time.Instant;

/**
 * A question due for review.
 *
 * @param due            when FSRS scheduled it
 * @param retrievability the recall probability now
 * @param explanation    why, in the learner's words
 */
public record DueItem(String questionId, int domain, String taskStatement, Instant due, double retrievability,
                      String explanation) {
}
