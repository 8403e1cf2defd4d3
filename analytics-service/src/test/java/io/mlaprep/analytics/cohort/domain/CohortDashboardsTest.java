package io.mlaprep.analytics.cohort.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CohortDashboardsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final LocalDate EXAM_IN_10_DAYS = LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(10);

    @Test
    void averagesDomainMasteryOverMembersWithAModelAndAccuracyOverAllAnswers() {
        MemberSnapshot ana = member("ana", NOW, Map.of(1, 0.8, 2, 0.6), Map.of(1, 10L), Map.of(1, 8L), 700, 0.4);
        MemberSnapshot ben = member("ben", NOW, Map.of(1, 0.4), Map.of(1, 30L), Map.of(1, 12L), null, null);

        Dashboard dashboard = CohortDashboards.compute(List.of(ana, ben), List.of(), Set.of(), null, NOW);

        Dashboard.DomainSummary domain1 = dashboard.domains().getFirst();
        assertThat(domain1.meanMastery()).isCloseTo(0.6, within(1e-12));
        assertThat(domain1.accuracy()).isCloseTo(20.0 / 40, within(1e-12));
        assertThat(dashboard.domains().get(1).meanMastery()).isCloseTo(0.6, within(1e-12));
        assertThat(dashboard.domains().get(2).meanMastery()).isNull();
        assertThat(dashboard.learnerCount()).isEqualTo(2);
    }

    @Test
    void bucketsPredictedScoresAndCountsThoseLikelyToPass() {
        List<MemberSnapshot> members = List.of(
                member("a", NOW, Map.of(), Map.of(), Map.of(), 150, 0.0),
                member("b", NOW, Map.of(), Map.of(), Map.of(), 730, 0.55),
                member("c", NOW, Map.of(), Map.of(), Map.of(), 790, 0.71),
                member("d", NOW, Map.of(), Map.of(), Map.of(), 1000, 0.99),
                member("e", NOW, Map.of(), Map.of(), Map.of(), null, null));

        Dashboard.Readiness readiness = CohortDashboards.compute(members, List.of(), Set.of(), null, NOW).readiness();

        assertThat(readiness.buckets()).hasSize(9);
        assertThat(readiness.buckets().getFirst()).isEqualTo(new Dashboard.Bucket(100, 200, 1));
        assertThat(readiness.buckets().get(6)).isEqualTo(new Dashboard.Bucket(700, 800, 2));
        assertThat(readiness.buckets().get(8)).isEqualTo(new Dashboard.Bucket(900, 1000, 1));
        assertThat(readiness.passLikely()).isEqualTo(2);
        assertThat(readiness.withReadiness()).isEqualTo(4);
    }

    @Test
    void listsOnlyMembersWithAReasonWithTheirOwnReasons() {
        MemberSnapshot fine = member("fine", NOW, Map.of(1, 0.8), Map.of(1, 20L), Map.of(1, 16L), 760, 0.8);
        MemberSnapshot weak = member("weak", NOW, Map.of(1, 0.3, 2, 0.4, 3, 0.4, 4, 0.4), Map.of(1, 8L), Map.of(1, 2L),
                760, 0.8);

        Dashboard dashboard = CohortDashboards.compute(List.of(fine, weak), List.of(), Set.of(), EXAM_IN_10_DAYS, NOW);

        assertThat(dashboard.atRiskCount()).isEqualTo(1);
        assertThat(dashboard.atRisk()).singleElement().satisfies(risk -> {
            assertThat(risk.learnerId()).isEqualTo("weak");
            assertThat(risk.reasons()).isEqualTo(AtRiskRules.reasons(weak, EXAM_IN_10_DAYS, NOW))
                    .containsExactly("Domain 1 mastery 30 % after 8 answers");
        });
    }

    @Test
    void theMostAtRiskComeFirst() {
        MemberSnapshot oneReason = member("one", NOW.minus(Duration.ofDays(9)), Map.of(), Map.of(), Map.of(), 800, 0.9);
        MemberSnapshot twoReasons = member("two", NOW.minus(Duration.ofDays(9)), Map.of(2, 0.3), Map.of(2, 6L),
                Map.of(2, 1L), 800, 0.9);

        List<Dashboard.AtRisk> atRisk = CohortDashboards.compute(List.of(oneReason, twoReasons), List.of(), Set.of(),
                null, NOW).atRisk();

        assertThat(atRisk).extracting(Dashboard.AtRisk::learnerId).containsExactly("two", "one");
    }

    @Test
    void hardestItemsAreThoseWithTheLowestFacilityAmongItemsWithEnoughAttempts() {
        List<ItemTallyForCohort> items = List.of(new ItemTallyForCohort("easy", 10, 9),
                new ItemTallyForCohort("hard", 10, 2), new ItemTallyForCohort("rare", 2, 0),
                new ItemTallyForCohort("medium", 8, 4));

        List<Dashboard.HardItem> hardest = CohortDashboards.compute(List.of(), items, Set.of(), null, NOW)
                .hardestItems();

        assertThat(hardest).extracting(Dashboard.HardItem::questionId).containsExactly("hard", "medium", "easy");
        assertThat(hardest.getFirst().facility()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void retiredQuestionsAreNotAmongTheHardestItems() {
        List<ItemTallyForCohort> items = List.of(new ItemTallyForCohort("retired", 10, 0),
                new ItemTallyForCohort("hard", 10, 2));

        List<Dashboard.HardItem> hardest = CohortDashboards.compute(List.of(), items, Set.of("retired"), null, NOW)
                .hardestItems();

        assertThat(hardest).extracting(Dashboard.HardItem::questionId).containsExactly("hard");
    }

    @Test
    void aDashboardIsCurrentForItsMaxAgeAndOnlyOnTheUtcDayItWasComputed() {
        Dashboard atNoon = CohortDashboards.compute(List.of(), List.of(), Set.of(), null, NOW);
        Instant lateEvening = Instant.parse("2026-11-20T23:50:00Z");
        Dashboard beforeMidnight = CohortDashboards.compute(List.of(), List.of(), Set.of(), null, lateEvening);

        assertThat(CohortDashboards.isCurrent(atNoon, Duration.ofHours(1), NOW.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(CohortDashboards.isCurrent(atNoon, Duration.ofHours(1), NOW.plus(Duration.ofHours(1)))).isFalse();
        assertThat(CohortDashboards.isCurrent(beforeMidnight, Duration.ofHours(1), lateEvening.plusSeconds(600)))
                .isFalse();
    }

    private static MemberSnapshot member(String id, Instant lastActive, Map<Integer, Double> mastery,
                                         Map<Integer, Long> answered, Map<Integer, Long> correct, Integer predicted,
                                         Double pass) {
        return new MemberSnapshot(id, id.toUpperCase(), lastActive, mastery, answered, correct, predicted, pass);
    }
}
