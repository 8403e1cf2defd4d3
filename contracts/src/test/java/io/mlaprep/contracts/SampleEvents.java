package io.mlaprep.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One realistic instance of every event, for contract tests. */
final class SampleEvents {

    static final Instant AT = Instant.parse("2026-11-20T10:15:30.123Z");

    private SampleEvents() {
    }

    static AnswerSubmitted answerSubmitted() {
        return new AnswerSubmitted(UUID.randomUUID(), AnswerSubmitted.SCHEMA_VERSION, AT, "learner-1", "s-1",
                "PRACTICE", 0, "d1-t11-001", 2, 1, "1.1", QuestionType.MATCHING,
                ItemResponse.matching(Map.of("a", "r2", "b", "r1")), true, true, 8_250, "HIGH", 0.5);
    }

    static SessionCompleted sessionCompleted() {
        return new SessionCompleted(UUID.randomUUID(), SessionCompleted.SCHEMA_VERSION, AT, "learner-1", "s-1",
                "EXAM", AT.minusSeconds(7_000), AT, 730, true,
                List.of(new DomainResult(1, 10, 14), new DomainResult(2, 9, 13),
                        new DomainResult(3, 8, 11), new DomainResult(4, 8, 12)));
    }

    static QuestionChanged questionChanged() {
        return new QuestionChanged(UUID.randomUUID(), QuestionChanged.SCHEMA_VERSION, AT, "d3-t31-004", 3,
                QuestionChanged.Status.RETIRED, 3, "3.1", QuestionType.MULTIPLE_RESPONSE, -0.5);
    }

    static LearnerModelChanged learnerModelChanged() {
        return new LearnerModelChanged(UUID.randomUUID(), LearnerModelChanged.SCHEMA_VERSION, AT, "learner-1",
                List.of(new LearnerModelChanged.DomainMastery(1, 0.62, 0.51, 0.72)),
                List.of(new LearnerModelChanged.TaskMastery("1.2", 0.55, 0.40, 0.69)),
                new LearnerModelChanged.Readiness(690, 650, 730, 0.38),
                new LearnerModelChanged.ExperimentArm("exp-1", "control"),
                new LearnerModelChanged.DueReview(0.84, true));
    }

    /** As published outside any experiment, for an item that was not due. */
    static LearnerModelChanged learnerModelChangedPlain() {
        return new LearnerModelChanged(UUID.randomUUID(), LearnerModelChanged.SCHEMA_VERSION, AT, "learner-1",
                List.of(new LearnerModelChanged.DomainMastery(1, 0.62, 0.51, 0.72)),
                List.of(new LearnerModelChanged.TaskMastery("1.2", 0.55, 0.40, 0.69)),
                new LearnerModelChanged.Readiness(690, 650, 730, 0.38));
    }
}
