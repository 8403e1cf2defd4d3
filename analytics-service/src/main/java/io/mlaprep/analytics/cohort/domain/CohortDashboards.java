package io.mlaprep.analytics.cohort.domain;

import io.mlaprep.contracts.ExamGuide;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Computes a cohort dashboard from its members' snapshots and item tallies. */
public final class CohortDashboards {

    public static final double LIKELY_TO_PASS = 0.7;
    static final int MIN_ATTEMPTS_FOR_HARDEST = 5;
    static final int HARDEST_ITEMS = 10;
    /** The dashboard lists the most at risk; the count says how many there are in all. */
    static final int AT_RISK_LISTED = 50;
    private static final int BUCKET_WIDTH = 100;

    private CohortDashboards() {
    }

    /** @param retired questions no longer asked, left out of the hardest items */
    public static Dashboard compute(List<MemberSnapshot> members, List<ItemTallyForCohort> items, Set<String> retired,
                                    LocalDate examDate, Instant now) {
        List<Dashboard.AtRisk> atRisk = atRisk(members, examDate, now);
        return new Dashboard(members.size(), domains(members), readiness(members), atRisk.size(),
                atRisk.subList(0, Math.min(AT_RISK_LISTED, atRisk.size())), hardest(items, retired), now);
    }

    /**
     * Whether a dashboard still holds at {@code now}: at-risk reasons count days (without practice, to
     * the exam), so one computed longer than {@code maxAge} ago, or on an earlier UTC day, is recomputed
     * even if no member's view changed.
     */
    public static boolean isCurrent(Dashboard dashboard, Duration maxAge, Instant now) {
        Instant computedAt = dashboard.computedAt();
        return computedAt.plus(maxAge).isAfter(now)
                && LocalDate.ofInstant(computedAt, ZoneOffset.UTC).equals(LocalDate.ofInstant(now, ZoneOffset.UTC));
    }

    private static List<Dashboard.DomainSummary> domains(List<MemberSnapshot> members) {
        List<Dashboard.DomainSummary> summaries = new ArrayList<>();
        for (ExamGuide.Domain domain : ExamGuide.DOMAINS) {
            int id = domain.id();
            double masterySum = 0;
            int withMastery = 0;
            long answered = 0;
            long correct = 0;
            for (MemberSnapshot member : members) {
                Double mastery = member.domainMastery().get(id);
                if (mastery != null) {
                    masterySum += mastery;
                    withMastery++;
                }
                answered += member.domainAnswered().getOrDefault(id, 0L);
                correct += member.domainCorrect().getOrDefault(id, 0L);
            }
            summaries.add(new Dashboard.DomainSummary(id, withMastery == 0 ? null : masterySum / withMastery,
                    answered == 0 ? null : (double) correct / answered, answered));
        }
        return summaries;
    }

    private static Dashboard.Readiness readiness(List<MemberSnapshot> members) {
        int buckets = (ExamGuide.MAX_SCORE - ExamGuide.MIN_SCORE) / BUCKET_WIDTH;
        int[] counts = new int[buckets];
        int likely = 0;
        int withReadiness = 0;
        for (MemberSnapshot member : members) {
            if (member.predictedScore() == null) {
                continue;
            }
            withReadiness++;
            int index = Math.min(buckets - 1, Math.max(0, (member.predictedScore() - ExamGuide.MIN_SCORE) / BUCKET_WIDTH));
            counts[index]++;
            if (member.passProbability() != null && member.passProbability() >= LIKELY_TO_PASS) {
                likely++;
            }
        }
        List<Dashboard.Bucket> histogram = new ArrayList<>();
        for (int i = 0; i < buckets; i++) {
            int from = ExamGuide.MIN_SCORE + i * BUCKET_WIDTH;
            histogram.add(new Dashboard.Bucket(from, from + BUCKET_WIDTH, counts[i]));
        }
        return new Dashboard.Readiness(histogram, likely, withReadiness);
    }

    private static List<Dashboard.AtRisk> atRisk(List<MemberSnapshot> members, LocalDate examDate, Instant now) {
        return members.stream()
                .map(member -> new Dashboard.AtRisk(member.learnerId(), member.displayName(), member.predictedScore(),
                        member.lastActiveAt(), AtRiskRules.reasons(member, examDate, now)))
                .filter(risk -> !risk.reasons().isEmpty())
                .sorted(Comparator.comparingInt((Dashboard.AtRisk risk) -> -risk.reasons().size())
                        .thenComparing(risk -> risk.predictedScore() == null ? Integer.MAX_VALUE : risk.predictedScore())
                        .thenComparing(Dashboard.AtRisk::learnerId))
                .toList();
    }

    private static List<Dashboard.HardItem> hardest(List<ItemTallyForCohort> items, Set<String> retired) {
        return items.stream()
                .filter(item -> item.attempts() >= MIN_ATTEMPTS_FOR_HARDEST && !retired.contains(item.questionId()))
                .map(item -> new Dashboard.HardItem(item.questionId(), (double) item.correct() / item.attempts(),
                        item.attempts()))
                .sorted(Comparator.comparingDouble(Dashboard.HardItem::facility)
                        .thenComparing(Comparator.comparingLong(Dashboard.HardItem::attempts).reversed())
                        .thenComparing(Dashboard.HardItem::questionId))
                .limit(HARDEST_ITEMS)
                .toList();
    }
}
