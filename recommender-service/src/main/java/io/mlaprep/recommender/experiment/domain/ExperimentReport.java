package io.mlaprep.recommender.experiment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Per arm: how many answers learners needed until readiness reached 0.8, their mock-exam scores and their recall
 * on due reviews, each with a 95 % interval, and each arm's difference from the first arm (the control).
 * Every interval is null where the data cannot give one (no learners, fewer than two values).
 */
public record ExperimentReport(Experiment experiment, List<ArmReport> arms) {

    public ExperimentReport {
        arms = List.copyOf(arms);
    }

    public record ArmReport(Arm arm, int learners, AnswersToReady answersToReady, ExamScores examScores,
                            DueRecall dueRecall, VersusControl versusControl) {
    }

    /**
     * @param reached learners whose readiness reached 0.8; {@code share} = reached / learners (Wilson interval)
     * @param mean    mean answers to get there among those who reached it (normal interval, sample sd)
     */
    public record AnswersToReady(int reached, int learners, Double share, Double shareLow, Double shareHigh,
                                 Double mean, Double meanLow, Double meanHigh) {
    }

    /** Mock-exam scaled scores (100–1000) of the arm's learners, one per finished exam. */
    public record ExamScores(int n, Double mean, Double low, Double high) {
    }

    /** Of {@code n} answers to due reviews, the share answered right (Wilson interval). */
    public record DueRecall(int n, int recalled, Double rate, Double low, Double high) {
    }

    /** This arm minus the control; null on the control itself, and each difference null where not computable. */
    public record VersusControl(Difference readyShare, Difference answersToReadyMean, Difference examScoreMean,
                                Difference dueRecallRate) {
    }

    public record Difference(double difference, double low, double high) {

        static Difference of(Double one, Double two, Interval interval) {
            return one == null || two == null || interval == null ? null
                    : new Difference(one - two, interval.low(), interval.high());
        }
    }

    public static ExperimentReport of(Experiment experiment, List<LearnerOutcome> outcomes) {
        Map<String, List<LearnerOutcome>> byArm = outcomes.stream()
                .collect(Collectors.groupingBy(LearnerOutcome::arm));
        List<ArmSample> samples = experiment.arms().stream()
                .map(arm -> new ArmSample(arm, byArm.getOrDefault(arm.name(), List.of()))).toList();
        ArmSample control = samples.getFirst();
        List<ArmReport> reports = new ArrayList<>();
        for (ArmSample sample : samples) {
            reports.add(new ArmReport(sample.arm(), sample.learners(), sample.answersToReady(), sample.examScores(),
                    sample.dueRecall(), sample == control ? null : sample.versus(control)));
        }
        return new ExperimentReport(experiment, reports);
    }

    private record ArmSample(Arm arm, List<LearnerOutcome> outcomes) {

        int learners() {
            return outcomes.size();
        }

        List<Integer> toReady() {
            return outcomes.stream().map(LearnerOutcome::answersToReady).filter(Objects::nonNull).toList();
        }

        List<Integer> scores() {
            return outcomes.stream().flatMap(outcome -> outcome.examScores().stream()).toList();
        }

        int dueReviews() {
            return outcomes.stream().mapToInt(LearnerOutcome::dueReviews).sum();
        }

        int recalled() {
            return outcomes.stream().mapToInt(LearnerOutcome::recalled).sum();
        }

        AnswersToReady answersToReady() {
            List<Integer> reached = toReady();
            Interval share = ConfidenceIntervals.wilson(reached.size(), learners());
            Interval mean = ConfidenceIntervals.ofMean(reached);
            return new AnswersToReady(reached.size(), learners(), ratio(reached.size(), learners()), low(share),
                    high(share), ConfidenceIntervals.mean(reached), low(mean), high(mean));
        }

        ExamScores examScores() {
            List<Integer> scores = scores();
            Interval mean = ConfidenceIntervals.ofMean(scores);
            return new ExamScores(scores.size(), ConfidenceIntervals.mean(scores), low(mean), high(mean));
        }

        DueRecall dueRecall() {
            Interval rate = ConfidenceIntervals.wilson(recalled(), dueReviews());
            return new DueRecall(dueReviews(), recalled(), ratio(recalled(), dueReviews()), low(rate), high(rate));
        }

        VersusControl versus(ArmSample control) {
            List<Integer> toReady = toReady();
            List<Integer> controlToReady = control.toReady();
            return new VersusControl(
                    Difference.of(ratio(toReady.size(), learners()), ratio(controlToReady.size(), control.learners()),
                            ConfidenceIntervals.differenceOfProportions(toReady.size(), learners(),
                                    controlToReady.size(), control.learners())),
                    Difference.of(ConfidenceIntervals.mean(toReady), ConfidenceIntervals.mean(controlToReady),
                            ConfidenceIntervals.differenceOfMeans(toReady, controlToReady)),
                    Difference.of(ConfidenceIntervals.mean(scores()), ConfidenceIntervals.mean(control.scores()),
                            ConfidenceIntervals.differenceOfMeans(scores(), control.scores())),
                    Difference.of(ratio(recalled(), dueReviews()), ratio(control.recalled(), control.dueReviews()),
                            ConfidenceIntervals.differenceOfProportions(recalled(), dueReviews(), control.recalled(),
                                    control.dueReviews())));
        }

        private static Double ratio(int k, int n) {
            return n == 0 ? null : (double) k / n;
        }

        private static Double low(Interval interval) {
            return interval == null ? null : interval.low();
        }

        private static Double high(Interval interval) {
            return interval == null ? null : interval.high();
        }
    }
}
