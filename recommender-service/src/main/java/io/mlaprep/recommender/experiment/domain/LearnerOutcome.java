package io.mlaprep.recommender.experiment.domain;

import java.util.List;

/**
 * What happened to one learner since they were assigned to an arm.
 *
 * @param answers        answers since assignment, the first one included
 * @param answersToReady the answer (counted from assignment) after which readiness first reached a pass
 *                       probability of 0.8; null while it has not
 * @param dueReviews     answers to items that were due: seen before and recalled with probability below 0.9
 * @param recalled       of those, the ones answered right
 * @param examScores     scaled scores of mock exams finished since assignment
 */
public record LearnerOutcome(String arm, int answers, Integer answersToReady, int dueReviews, int recalled,
                             List<Integer> examScores) {

    public LearnerOutcome {
        examScores = List.copyOf(examScores);
    }
}
