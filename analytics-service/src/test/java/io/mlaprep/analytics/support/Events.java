package io.mlaprep.analytics.support;

import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.DomainResult;
import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.LearnerModelChanged;
import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.ScaledScore;
import io.mlaprep.contracts.SessionCompleted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Realistic events as session-service, question-service and the recommender write them. */
public final class Events {

    private Events() {
    }

    public static AnswerSubmitted answer(String learner, String session, String mode, int n, String questionId,
                                         String task, boolean correct, boolean scored, Instant at) {
        return new AnswerSubmitted(UUID.randomUUID(), 1, at, learner, session, mode, n, questionId, 1,
                ExamGuide.domainOf(task), task, QuestionType.MULTIPLE_CHOICE,
                ItemResponse.options(List.of(correct ? "a" : "b")), correct, scored, 20_000, null, 0.0);
    }

    /** An exam item left unanswered, as session-service announces it at the finish: no response, wrong. */
    public static AnswerSubmitted omitted(String learner, String session, int n, String questionId, String task,
                                          Instant at) {
        return new AnswerSubmitted(UUID.randomUUID(), 1, at, learner, session, "EXAM", n, questionId, 1,
                ExamGuide.domainOf(task), task, QuestionType.MULTIPLE_CHOICE, new ItemResponse(null, null, null), false,
                true, 0, null, 0.0);
    }

    /** 65 exam answers (50 scored) with {@code rightScored} scored ones right, then the completion. */
    public static List<Object> exam(String learner, int rightScored, Instant start, Random random) {
        String session = "exam-" + UUID.randomUUID();
        List<Object> events = new ArrayList<>();
        List<ExamGuide.TaskStatement> tasks = ExamGuide.allTaskStatements();
        int right = 0;
        for (int n = 0; n < ExamGuide.QUESTION_COUNT; n++) {
            boolean scored = n < ExamGuide.SCORED_COUNT;
            boolean correct = scored ? right++ < rightScored : random.nextBoolean();
            String task = tasks.get(n % tasks.size()).id();
            events.add(answer(learner, session, "EXAM", n, "item-" + n, task, correct, scored, start.plusSeconds(n * 60L)));
        }
        int scaled = ScaledScore.EXAM_GUIDE.of(rightScored);
        events.add(new SessionCompleted(UUID.randomUUID(), 1, start.plusSeconds(7_000), learner, session, "EXAM", start,
                start.plusSeconds(7_000), scaled, ScaledScore.EXAM_GUIDE.passes(scaled),
                List.of(new DomainResult(1, 0, 14), new DomainResult(2, 0, 13), new DomainResult(3, 0, 11),
                        new DomainResult(4, 0, 12))));
        return events;
    }

    /** As the recommender publishes it for a learner in a policy experiment answering a due item. */
    public static LearnerModelChanged model(String learner, double mastery, int predicted, double pass, Instant at) {
        return new LearnerModelChanged(UUID.randomUUID(), 1, at, learner,
                ExamGuide.DOMAINS.stream().map(d -> new LearnerModelChanged.DomainMastery(d.id(), mastery,
                        Math.max(0, mastery - 0.1), Math.min(1, mastery + 0.1))).toList(),
                ExamGuide.allTaskStatements().stream().map(t -> new LearnerModelChanged.TaskMastery(t.id(), mastery,
                        Math.max(0, mastery - 0.15), Math.min(1, mastery + 0.15))).toList(),
                new LearnerModelChanged.Readiness(predicted, predicted - 40, predicted + 40, pass),
                new LearnerModelChanged.ExperimentArm("exp-1", "control"), new LearnerModelChanged.DueReview(0.8, true));
    }

    /** A model with its own mastery per domain (1-4, in order); each task statement takes its domain's. */
    public static LearnerModelChanged model(String learner, List<Double> domainMastery, int predicted, double pass,
                                            Instant at) {
        return new LearnerModelChanged(UUID.randomUUID(), 1, at, learner,
                ExamGuide.DOMAINS.stream().map(d -> new LearnerModelChanged.DomainMastery(d.id(),
                        domainMastery.get(d.id() - 1), 0.0, 1.0)).toList(),
                ExamGuide.allTaskStatements().stream().map(t -> new LearnerModelChanged.TaskMastery(t.id(),
                        domainMastery.get(ExamGuide.domainOf(t.id()) - 1), 0.0, 1.0)).toList(),
                new LearnerModelChanged.Readiness(predicted, predicted - 40, predicted + 40, pass),
                new LearnerModelChanged.ExperimentArm("exp-1", "control"), new LearnerModelChanged.DueReview(0.8, true));
    }

    /** A finished non-exam session, as session-service announces it. */
    public static SessionCompleted completed(String learner, String session, String mode, Instant finishedAt,
                                             List<DomainResult> domains) {
        return new SessionCompleted(UUID.randomUUID(), 1, finishedAt, learner, session, mode,
                finishedAt.minusSeconds(600), finishedAt, null, null, domains);
    }

    public static QuestionChanged question(String id, int version, QuestionChanged.Status status) {
        return new QuestionChanged(UUID.randomUUID(), 1, Instant.now(), id, version, status, 2, "2.1",
                QuestionType.MULTIPLE_CHOICE, 0.0);
    }
}
