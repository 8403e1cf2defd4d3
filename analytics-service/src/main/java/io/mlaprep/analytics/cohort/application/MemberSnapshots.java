package io.mlaprep.analytics.cohort.application;

import io.mlaprep.analytics.cohort.domain.MemberSnapshot;
import io.mlaprep.analytics.learner.persistence.LearnerView;
import java.util.HashMap;
import java.util.Map;

/** A member's learner view as the cohort rules see it. */
final class MemberSnapshots {

    private MemberSnapshots() {
    }

    static MemberSnapshot of(LearnerView view, String displayName) {
        Map<Integer, Long> answered = new HashMap<>();
        Map<Integer, Long> correct = new HashMap<>();
        view.domains().forEach((domain, counts) -> {
            answered.put(domain, counts.answered());
            correct.put(domain, counts.correct());
        });
        Map<Integer, Double> mastery = new HashMap<>();
        view.domainMastery().forEach((domain, estimate) -> mastery.put(domain, estimate.mastery()));
        LearnerView.Readiness readiness = view.readiness();
        return new MemberSnapshot(view.learnerId(), displayName, view.lastActiveAt(), mastery, answered, correct,
                readiness == null ? null : readiness.predictedScore(),
                readiness == null ? null : readiness.passProbability());
    }
}
