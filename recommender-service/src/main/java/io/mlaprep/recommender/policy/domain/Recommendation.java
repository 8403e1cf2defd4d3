package io.mlaprep.recommender.policy.domain;

/**
 * One recommended item.
 *
 * @param retrievability the current recall probability of a {@link Reason#DUE_REVIEW}, else {@code null}
 * @param explanation    a sentence for the learner, with the numbers behind the choice
 */
public record Recommendation(String questionId, int domain, String taskStatement, Reason reason,
                             Double retrievability, String explanation) {
}
