package io.mlaprep.analytics.cohort.domain;

import java.time.Instant;
import java.util.List;

/**
 * An instructor's view of a cohort, computed ahead of time.
 *
 * @param atRiskCount every member at risk; {@code atRisk} lists the most at risk first, up to 50
 */
public record Dashboard(int learnerCount, List<DomainSummary> domains, Readiness readiness, int atRiskCount,
                        List<AtRisk> atRisk, List<HardItem> hardestItems, Instant computedAt) {

    public Dashboard {
        domains = List.copyOf(domains);
        atRisk = List.copyOf(atRisk);
        hardestItems = List.copyOf(hardestItems);
    }

    /** {@code meanMastery} over members with a published mastery; {@code accuracy} over all answers. */
    public record DomainSummary(int domain, Double meanMastery, Double accuracy, long answered) {
    }

    /** @param passLikely members whose pass probability is at least {@link CohortDashboards#LIKELY_TO_PASS} */
    public record Readiness(List<Bucket> buckets, int passLikely, int withReadiness) {

        public Readiness {
            buckets = List.copyOf(buckets);
        }
    }

    /** Predicted scaled scores from {@code from} (inclusive) to {@code to} (exclusive; the last includes 1000). */
    public record Bucket(int from, int to, int learners) {
    }

    public record AtRisk(String learnerId, String displayName, Integer predictedScore, Instant lastActiveAt,
                         List<String> reasons) {

        public AtRisk {
            reasons = List.copyOf(reasons);
        }
    }

    public record HardItem(String questionId, double facility, long attempts) {
    }
}
