package io.mlaprep.recommender.experiment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mlaprep.recommender.experiment.domain.ExperimentReport.ArmReport;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ExperimentReportTest {

    private static final Offset<Double> FOUR_PLACES = within(0.00005);
    private final Experiment experiment = Experiments.of("exp-r", 50, 50);

    private static LearnerOutcome outcome(String arm, Integer toReady, int due, int recalled, Integer... scores) {
        return new LearnerOutcome(arm, toReady == null ? 100 : toReady + 10, toReady, due, recalled, List.of(scores));
    }

    /** Control: 10 learners, 5 ready after 2,4,4,4,5 (…) answers; variant: 3 learners. */
    private List<LearnerOutcome> outcomes() {
        List<LearnerOutcome> outcomes = new ArrayList<>(List.of(
                outcome("control", 2, 10, 8, 700, 720),
                outcome("control", 4, 10, 8),
                outcome("control", 4, 10, 8),
                outcome("control", 4, 10, 8, 740),
                outcome("control", 6, 10, 8)));
        for (int i = 0; i < 5; i++) {
            outcomes.add(outcome("control", null, 4, 4));
        }
        outcomes.add(outcome("variant-1", 4, 70, 56, 800));
        outcomes.add(outcome("variant-1", 5, 0, 0));
        outcomes.add(outcome("variant-1", 6, 0, 0));
        outcomes.add(outcome("retired-arm", 1, 0, 0));
        return outcomes;
    }

    @Test
    void reportsAnswersToReadinessPerArm() {
        ArmReport control = ExperimentReport.of(experiment, outcomes()).arms().getFirst();

        assertThat(control.learners()).isEqualTo(10);
        assertThat(control.answersToReady().reached()).isEqualTo(5);
        assertThat(control.answersToReady().share()).isEqualTo(0.5);
        assertThat(control.answersToReady().shareLow()).isCloseTo(0.2366, FOUR_PLACES);
        assertThat(control.answersToReady().shareHigh()).isCloseTo(0.7634, FOUR_PLACES);
        // 2,4,4,4,6: mean 4, sample sd √2, se √(2/5) = 0.63246, ± 1.23960
        assertThat(control.answersToReady().mean()).isEqualTo(4.0);
        assertThat(control.answersToReady().meanLow()).isCloseTo(2.7604, FOUR_PLACES);
        assertThat(control.answersToReady().meanHigh()).isCloseTo(5.2396, FOUR_PLACES);
    }

    @Test
    void reportsExamScoresAndDueRecallPerArm() {
        ExperimentReport report = ExperimentReport.of(experiment, outcomes());
        ArmReport control = report.arms().getFirst();
        ArmReport variant = report.arms().get(1);

        // 700, 720, 740: mean 720, sd 20, se 11.547, ± 22.632
        assertThat(control.examScores().n()).isEqualTo(3);
        assertThat(control.examScores().mean()).isEqualTo(720.0);
        assertThat(control.examScores().low()).isCloseTo(697.3680, within(0.001));
        assertThat(control.examScores().high()).isCloseTo(742.6320, within(0.001));
        assertThat(variant.examScores()).isEqualTo(new ExperimentReport.ExamScores(1, 800.0, null, null));
        // control: 5 · 10 + 5 · 4 = 70 due reviews, 5 · 8 + 5 · 4 = 60 recalled
        assertThat(control.dueRecall().n()).isEqualTo(70);
        assertThat(control.dueRecall().recalled()).isEqualTo(60);
        assertThat(variant.dueRecall().n()).isEqualTo(70);
        assertThat(variant.dueRecall().rate()).isEqualTo(0.8);
        assertThat(variant.dueRecall().low()).isCloseTo(0.6918, FOUR_PLACES);
        assertThat(variant.dueRecall().high()).isCloseTo(0.8770, FOUR_PLACES);
    }

    @Test
    void comparesEachArmWithTheControl() {
        ExperimentReport report = ExperimentReport.of(experiment, outcomes());
        ExperimentReport.VersusControl versus = report.arms().get(1).versusControl();

        assertThat(report.arms().getFirst().versusControl()).isNull();
        assertThat(versus.readyShare().difference()).isCloseTo(0.5, FOUR_PLACES);
        assertThat(versus.readyShare().low()).isLessThan(0.5);
        assertThat(versus.readyShare().high()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
        // 4,5,6 (mean 5, sd 1) minus 2,4,4,4,6 (mean 4, sd √2): se √(1/3 + 2/5) = 0.85635, ± 1.67841
        assertThat(versus.answersToReadyMean().difference()).isEqualTo(1.0);
        assertThat(versus.answersToReadyMean().low()).isCloseTo(-0.6784, FOUR_PLACES);
        assertThat(versus.answersToReadyMean().high()).isCloseTo(2.6784, FOUR_PLACES);
        assertThat(versus.examScoreMean()).as("one variant score: no interval").isNull();
        assertThat(versus.dueRecallRate().difference()).isCloseTo(0.8 - 60.0 / 70, FOUR_PLACES);
    }

    @Test
    void learnersOfArmsNotInTheExperimentAreLeftOutAndAnEmptyArmHasNoEstimates() {
        ExperimentReport report = ExperimentReport.of(Experiments.of("exp-e", 60, 40), List.of(
                outcome("control", null, 0, 0), outcome("retired-arm", 3, 1, 1)));
        ArmReport empty = report.arms().get(1);

        assertThat(report.arms()).extracting(ArmReport::learners).containsExactly(1, 0);
        assertThat(empty.answersToReady()).isEqualTo(new ExperimentReport.AnswersToReady(0, 0, null, null, null,
                null, null, null));
        assertThat(empty.dueRecall()).isEqualTo(new ExperimentReport.DueRecall(0, 0, null, null, null));
        assertThat(empty.versusControl()).isEqualTo(new ExperimentReport.VersusControl(null, null, null, null));
    }
}
