package io.mlaprep.analytics.cohort.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AtRiskRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final Map<Integer, Double> STRONG = Map.of(1, 0.8, 2, 0.8, 3, 0.8, 4, 0.8);
    private static final Map<Integer, Long> PRACTISED = Map.of(1, 20L, 2, 20L, 3, 20L, 4, 20L);

    @Test
    void aLearnerDoingWellHasNoReason() {
        assertThat(AtRiskRules.reasons(learner(NOW, STRONG, PRACTISED, 760), TODAY.plusDays(3), NOW)).isEmpty();
    }

    @Test
    void aPredictedFailCountsOnlyWithTheExamWithinTwoWeeks() {
        MemberSnapshot below = learner(NOW, STRONG, PRACTISED, 640);

        assertThat(AtRiskRules.reasons(below, TODAY.plusDays(10), NOW))
                .containsExactly("Predicted score 640, below 720, with the exam in 10 days");
        assertThat(AtRiskRules.reasons(below, TODAY.plusDays(1), NOW))
                .containsExactly("Predicted score 640, below 720, with the exam in 1 day");
        assertThat(AtRiskRules.reasons(below, TODAY, NOW))
                .containsExactly("Predicted score 640, below 720, with the exam today");
        assertThat(AtRiskRules.reasons(below, TODAY.plusDays(15), NOW)).isEmpty();
        assertThat(AtRiskRules.reasons(below, TODAY.minusDays(1), NOW)).isEmpty();
        assertThat(AtRiskRules.reasons(below, null, NOW)).isEmpty();
    }

    @Test
    void thePassMarkItselfIsNoRisk() {
        assertThat(AtRiskRules.reasons(learner(NOW, STRONG, PRACTISED, 720), TODAY.plusDays(2), NOW)).isEmpty();
    }

    @Test
    void aLearnerWithoutAReadinessYetHasNoScoreReason() {
        assertThat(AtRiskRules.reasons(learner(NOW, STRONG, PRACTISED, null), TODAY.plusDays(2), NOW)).isEmpty();
    }

    @Test
    void sevenDaysWithoutPracticeOrNoneAtAllIsAReason() {
        assertThat(AtRiskRules.reasons(learner(NOW.minus(Duration.ofDays(12)), STRONG, PRACTISED, 760), null, NOW))
                .containsExactly("12 days inactive");
        assertThat(AtRiskRules.reasons(learner(NOW.minus(Duration.ofDays(7)), STRONG, PRACTISED, 760), null, NOW))
                .containsExactly("7 days inactive");
        assertThat(AtRiskRules.reasons(learner(NOW.minus(Duration.ofDays(7)).plusSeconds(1), STRONG, PRACTISED, 760),
                null, NOW)).isEmpty();
        assertThat(AtRiskRules.reasons(learner(null, Map.of(), Map.of(), null), null, NOW))
                .containsExactly("No practice yet");
    }

    @Test
    void onlyDomainsBelowHalfMasteryAreNamed() {
        MemberSnapshot member = learner(NOW, Map.of(1, 0.9, 2, 0.5, 3, 0.29, 4, 0.499), PRACTISED, 760);

        assertThat(AtRiskRules.reasons(member, null, NOW))
                .containsExactly("Domain 3 mastery 29 % after 20 answers", "Domain 4 mastery 49 % after 20 answers");
    }

    @Test
    void aDomainTheLearnerHardlyAnsweredIsNotCalledWeak() {
        MemberSnapshot firstAnswers = learner(NOW, Map.of(1, 0.3, 2, 0.42, 3, 0.42, 4, 0.42),
                Map.of(1, 5L, 2, 4L), 760);

        assertThat(AtRiskRules.reasons(firstAnswers, null, NOW)).containsExactly("Domain 1 mastery 30 % after 5 answers");
    }

    @Test
    void everyReasonThatAppliesIsListedScoreThenActivityThenDomains() {
        MemberSnapshot struggling = learner(NOW.minus(Duration.ofDays(9)), Map.of(2, 0.2, 1, 0.3), PRACTISED, 610);

        assertThat(AtRiskRules.reasons(struggling, TODAY.plusDays(5), NOW)).containsExactly(
                "Predicted score 610, below 720, with the exam in 5 days", "9 days inactive",
                "Domain 1 mastery 30 % after 20 answers", "Domain 2 mastery 20 % after 20 answers");
    }

    private static MemberSnapshot learner(Instant lastActive, Map<Integer, Double> mastery, Map<Integer, Long> answered,
                                          Integer predicted) {
        return new MemberSnapshot("ada", "Ada", lastActive, mastery, answered, Map.of(), predicted,
                predicted == null ? null : 0.5);
    }
}
