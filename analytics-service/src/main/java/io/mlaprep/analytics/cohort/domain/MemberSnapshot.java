package io.mlaprep.analytics.cohort.domain;

import java.time.Instant;
import java.util.Map;

/**
 * What the dashboard knows of one cohort member, from their learner view.
 *
 * @param domainMastery  domain (1-4) to mastery 0..1, as the recommender last published it (may be empty)
 * @param domainAnswered domain to answers given; {@code domainCorrect} to right answers
 * @param predictedScore null until the recommender has published a readiness
 */
public record MemberSnapshot(String learnerId, String displayName, Instant lastActiveAt,
                             Map<Integer, Double> domainMastery, Map<Integer, Long> domainAnswered,
                             Map<Integer, Long> domainCorrect, Integer predictedScore, Double passProbability) {

    public MemberSnapshot {
        domainMastery = Map.copyOf(domainMastery);
        domainAnswered = Map.copyOf(domainAnswered);
        domainCorrect = Map.copyOf(domainCorrect);
    }
}
