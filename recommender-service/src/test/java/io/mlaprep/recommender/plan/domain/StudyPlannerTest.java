package io.mlaprep.recommender.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.recommender.mastery.domain.AbilityPosterior;
import io.mlaprep.recommender.mastery.domain.MasteryParameters;
import io.mlaprep.recommender.mastery.domain.TaskIndex;
import io.mlaprep.recommender.readiness.domain.ReadinessModel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StudyPlannerTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-06-02");

    private final StudyPlanner planner = new StudyPlanner(new ReadinessModel(), MasteryParameters.defaults());

    private static AbilityPosterior posterior(double ability, Map<String, Double> overrides) {
        int n = TaskIndex.size();
        double[] means = new double[n];
        double[][] covariance = new double[n][n];
        for (int t = 0; t < n; t++) {
            means[t] = overrides.getOrDefault(TaskIndex.id(t), ability);
            covariance[t][t] = 0.15;
        }
        return new AbilityPosterior(means, covariance, new int[n]);
    }

    @Test
    void thePlanCoversEveryDayUntilTheExamWithinTheDailyBudget() {
        StudyPlan plan = planner.plan(posterior(0.3, Map.of()), TODAY, TODAY.plusDays(30), 45);

        assertThat(plan.days()).hasSize(30);
        assertThat(plan.days().getFirst().date()).isEqualTo(TODAY);
        assertThat(plan.days().getLast().date()).isEqualTo(TODAY.plusDays(29));
        assertThat(plan.questionsPerDay()).isEqualTo(30);
        assertThat(plan.days()).allSatisfy(day -> {
            assertThat(day.questions()).isEqualTo(30);
            assertThat(day.minutes()).isLessThanOrEqualTo(45);
            assertThat(day.taskStatements().stream().mapToInt(TaskAllocation::questions).sum()).isEqualTo(30);
        });
        assertThat(plan.totalQuestions()).isEqualTo(900);
    }

    @Test
    void studyDaysConcentrateOnWeakHeavilyWeightedTaskStatements() {
        StudyPlan plan = planner.plan(posterior(1.0, Map.of("1.2", -1.0, "3.1", -1.0)), TODAY, TODAY.plusDays(20),
                30);

        PlanDay first = plan.days().getFirst();
        assertThat(first.kind()).isEqualTo(DayKind.STUDY);
        assertThat(first.taskStatements().getFirst().taskStatement()).isEqualTo("1.2");
        assertThat(first.taskStatements()).extracting(TaskAllocation::taskStatement).contains("3.1");
        assertThat(first.taskStatements()).extracting(TaskAllocation::taskStatement).doesNotContain("2.2");
        assertThat(first.domains()).contains(1, 3);
    }

    @Test
    void theLastDaysAreReviewDaysAcrossTheWholeBlueprint() {
        StudyPlan plan = planner.plan(posterior(0.5, Map.of("2.2", -1.0)), TODAY, TODAY.plusDays(30), 60);

        List<PlanDay> review = plan.days().stream().filter(d -> d.kind() == DayKind.REVIEW).toList();
        assertThat(review).hasSize(3);
        assertThat(review).containsExactlyElementsOf(plan.days().subList(27, 30));
        assertThat(review).allSatisfy(day -> {
            assertThat(day.domains()).containsExactly(1, 2, 3, 4);
            assertThat(day.taskStatements()).hasSize(12);
        });
    }

    @Test
    void followingThePlanRaisesTheExpectedReadiness() {
        StudyPlan plan = planner.plan(posterior(0.2, Map.of("4.3", -1.0)), TODAY, TODAY.plusDays(40), 45);

        assertThat(plan.expectedReadiness().passProbability()).isGreaterThan(plan.readinessNow().passProbability());
        assertThat(plan.expectedReadiness().predictedScore()).isGreaterThan(plan.readinessNow().predictedScore());
    }

    @Test
    void moreDailyMinutesGiveAHigherExpectedReadiness() {
        AbilityPosterior now = posterior(0.0, Map.of());

        double little = planner.plan(now, TODAY, TODAY.plusDays(30), 15).expectedReadiness().passProbability();
        double more = planner.plan(now, TODAY, TODAY.plusDays(30), 60).expectedReadiness().passProbability();

        assertThat(more).isGreaterThan(little);
    }

    @Test
    void aLearnerWhoHasAnsweredTheWholeBankIsProjectedToGainAQuarterAsMuch() {
        AbilityPosterior now = posterior(0.0, Map.of());
        int[] none = new int[TaskIndex.size()];
        int[] plenty = new int[TaskIndex.size()];
        Arrays.fill(plenty, 1_000);

        StudyPlan fresh = planner.plan(now, plenty, TODAY, TODAY.plusDays(30), 45);
        StudyPlan usedUp = planner.plan(now, none, TODAY, TODAY.plusDays(30), 45);
        double today = fresh.readinessNow().predictedScore();

        assertThat(fresh).isEqualTo(planner.plan(now, TODAY, TODAY.plusDays(30), 45));
        assertThat(usedUp.expectedReadiness().predictedScore() - today)
                .isPositive()
                .isLessThan(0.4 * (fresh.expectedReadiness().predictedScore() - today));
    }

    @Test
    void studyDaysTurnFromAWeakAreaWhoseQuestionsAreUsedUpToOneWithNewQuestions() {
        AbilityPosterior now = posterior(1.0, Map.of("1.2", -1.0, "3.1", -1.0));
        int[] unseen = new int[TaskIndex.size()];
        Arrays.fill(unseen, 30);
        unseen[TaskIndex.of("1.2")] = 0;

        PlanDay first = planner.plan(now, unseen, TODAY, TODAY.plusDays(20), 30).days().getFirst();

        assertThat(first.taskStatements().getFirst().taskStatement()).isEqualTo("3.1");
    }

    @Test
    void aTaskStatementsLastUnseenQuestionStillCountsAsNew() {
        AbilityPosterior now = posterior(1.0, Map.of("1.2", -1.0, "3.1", -1.0));
        int[] unseen = new int[TaskIndex.size()];
        Arrays.fill(unseen, 1_000);
        PlanDay unlimited = planner.plan(now, unseen, TODAY, TODAY.plusDays(20), 30).days().getFirst();
        int planned = unlimited.taskStatements().stream().filter(a -> a.taskStatement().equals("1.2"))
                .mapToInt(TaskAllocation::questions).sum();

        unseen[TaskIndex.of("1.2")] = planned;
        PlanDay justEnough = planner.plan(now, unseen, TODAY, TODAY.plusDays(20), 30).days().getFirst();
        unseen[TaskIndex.of("1.2")] = planned - 1;
        PlanDay oneShort = planner.plan(now, unseen, TODAY, TODAY.plusDays(20), 30).days().getFirst();

        assertThat(planned).isGreaterThan(1);
        assertThat(justEnough).isEqualTo(unlimited);
        assertThat(oneShort).isNotEqualTo(unlimited);
    }

    @Test
    void withoutStudyTimeNothingIsPlannedAndReadinessDoesNotRise() {
        StudyPlan plan = planner.plan(posterior(0.5, Map.of()), TODAY, TODAY.plusDays(10), 0);

        assertThat(plan.totalQuestions()).isZero();
        assertThat(plan.expectedReadiness().predictedScore()).isLessThanOrEqualTo(plan.readinessNow().predictedScore());
    }

    @Test
    void anExamTodayGivesAnEmptyPlan() {
        StudyPlan plan = planner.plan(posterior(0.5, Map.of()), TODAY, TODAY, 60);

        assertThat(plan.days()).isEmpty();
        assertThat(plan.expectedReadiness()).isEqualTo(plan.readinessNow());
    }

    @Test
    void theSameInputsGiveTheSamePlan() {
        AbilityPosterior now = posterior(0.4, Map.of("2.3", -0.6, "3.3", 0.1));

        assertThat(planner.plan(now, TODAY, TODAY.plusDays(21), 40))
                .isEqualTo(new StudyPlanner(new ReadinessModel(), MasteryParameters.defaults())
                        .plan(now, TODAY, TODAY.plusDays(21), 40));
    }
}
