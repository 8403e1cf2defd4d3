package io.mlaprep.analytics.cohort.domain;

import io.mlaprep.contracts.ExamGuide;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Why a cohort member is at risk, in plain words, naming only what applies to that learner: the one rule
 * set behind the dashboard's at-risk list and the instructor's page of one learner. No reason, no risk.
 */
public final class AtRiskRules {

    static final Duration INACTIVE_AFTER = Duration.ofDays(7);
    static final int EXAM_SOON_DAYS = 14;
    static final double WEAK_DOMAIN = 0.5;
    /**
     * The recommender publishes a mastery for every domain from the first answer on; where the learner has
     * answered little it is still the prior, alike for all four domains, and says nothing about them.
     */
    static final int MIN_ANSWERS_FOR_WEAK_DOMAIN = 5;

    private AtRiskRules() {
    }

    /** @param examDate the cohort's exam date, or null if it has none */
    public static List<String> reasons(MemberSnapshot member, LocalDate examDate, Instant now) {
        List<String> reasons = new ArrayList<>();
        lowPredictedScore(member, examDate, now, reasons);
        inactivity(member, now, reasons);
        weakDomains(member, reasons);
        return List.copyOf(reasons);
    }

    private static void lowPredictedScore(MemberSnapshot member, LocalDate examDate, Instant now,
                                          List<String> reasons) {
        if (examDate == null || member.predictedScore() == null
                || member.predictedScore() >= ExamGuide.PASSING_SCORE) {
            return;
        }
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, ZoneOffset.UTC), examDate);
        if (days >= 0 && days <= EXAM_SOON_DAYS) {
            reasons.add("Predicted score " + member.predictedScore() + ", below " + ExamGuide.PASSING_SCORE + ", "
                    + (days == 0 ? "with the exam today" : "with the exam in " + days + (days == 1 ? " day" : " days")));
        }
    }

    private static void inactivity(MemberSnapshot member, Instant now, List<String> reasons) {
        if (member.lastActiveAt() == null) {
            reasons.add("No practice yet");
            return;
        }
        Duration idle = Duration.between(member.lastActiveAt(), now);
        if (idle.compareTo(INACTIVE_AFTER) >= 0) {
            reasons.add(idle.toDays() + " days inactive");
        }
    }

    private static void weakDomains(MemberSnapshot member, List<String> reasons) {
        member.domainMastery().entrySet().stream()
                .filter(entry -> entry.getValue() < WEAK_DOMAIN)
                .filter(entry -> member.domainAnswered().getOrDefault(entry.getKey(), 0L) >= MIN_ANSWERS_FOR_WEAK_DOMAIN)
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> reasons.add("Domain " + entry.getKey() + " mastery " + percentBelow(entry.getValue())
                        + " % after " + member.domainAnswered().get(entry.getKey()) + " answers"));
    }

    /** Rounded down, so a mastery just under the threshold never reads as the threshold itself. */
    private static long percentBelow(double share) {
        return (long) Math.floor(share * 100 + 1e-9);
    }
}
