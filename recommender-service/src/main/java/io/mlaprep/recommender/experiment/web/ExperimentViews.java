package io.mlaprep.recommender.experiment.web;

import io.mlaprep.recommender.experiment.domain.Arm;
import io.mlaprep.recommender.experiment.domain.Experiment;
import io.mlaprep.recommender.experiment.domain.ExperimentDefinition;
import io.mlaprep.recommender.experiment.domain.ExperimentReport;
import io.mlaprep.recommender.experiment.domain.PolicyVariant;
import io.mlaprep.recommender.policy.domain.PolicyParameters;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Request and response bodies of {@code /api/experiments}. */
public final class ExperimentViews {

    private ExperimentViews() {
    }

    public record ExperimentRequest(String name, List<ArmRequest> arms) {

        ExperimentDefinition toDefinition() {
            return new ExperimentDefinition(name, arms == null ? null : arms.stream().map(arm -> arm == null ? null
                    : new Arm(arm.name(), arm.sharePercent() == null ? 0 : arm.sharePercent(),
                            arm.variant() == null ? PolicyVariant.none() : arm.variant())).toList());
        }
    }

    /** {@code variant}: the policy parameters this arm overrides; none for the control. */
    public record ArmRequest(String name, Integer sharePercent, PolicyVariant variant) {
    }

    /** {@code policy}: the parameters the arm's learners get, the variant applied to the defaults. */
    public record ArmView(String name, int sharePercent, PolicyVariant variant, PolicyParameters policy,
                          int learners) {
    }

    public record ExperimentView(String id, String name, String status, Instant createdAt, int learners,
                                 List<ArmView> arms) {

        static ExperimentView of(Experiment experiment, Map<String, Integer> learnersPerArm) {
            List<ArmView> arms = experiment.arms().stream().map(arm -> armView(arm,
                    learnersPerArm.getOrDefault(arm.name(), 0))).toList();
            return new ExperimentView(experiment.id(), experiment.name(), experiment.status().name(),
                    experiment.createdAt(), arms.stream().mapToInt(ArmView::learners).sum(), arms);
        }
    }

    /** One arm's results; {@code versusControl} is this arm minus the first arm, null on the first arm itself. */
    public record ArmReportView(String name, int sharePercent, PolicyVariant variant, int learners,
                                ExperimentReport.AnswersToReady answersToReady, ExperimentReport.ExamScores examScores,
                                ExperimentReport.DueRecall dueRecall, ExperimentReport.VersusControl versusControl) {
    }

    public record ReportView(String id, String name, String status, List<ArmReportView> arms) {

        static ReportView of(ExperimentReport report) {
            Experiment experiment = report.experiment();
            return new ReportView(experiment.id(), experiment.name(), experiment.status().name(),
                    report.arms().stream().map(arm -> new ArmReportView(arm.arm().name(), arm.arm().sharePercent(),
                            arm.arm().variant(), arm.learners(), arm.answersToReady(), arm.examScores(),
                            arm.dueRecall(), arm.versusControl())).toList());
        }
    }

    private static ArmView armView(Arm arm, int learners) {
        return new ArmView(arm.name(), arm.sharePercent(), arm.variant(),
                arm.variant().apply(PolicyParameters.defaults()), learners);
    }
}
