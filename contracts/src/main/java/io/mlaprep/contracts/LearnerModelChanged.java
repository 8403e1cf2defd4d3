package io.mlaprep.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The recommender's current learner model: mastery per domain and task statement, and readiness.
 * {@code experiment} is set while the learner is in a policy experiment, {@code dueReview} when the answer
 * was to an item due for review; both are null otherwise (added in schema version 1: consumers that do not
 * know them ignore them). Topic {@value Topics#LEARNER_MODEL_CHANGED}, key learnerId.
 */
public record LearnerModelChanged(
        UUID eventId,
        int schemaVersion,
        Instant occurredAt,
        String learnerId,
        List<DomainMastery> domains,
        List<TaskMastery> taskStatements,
        Readiness readiness,
        ExperimentArm experiment,
        DueReview dueReview) implements Event {

    public static final int SCHEMA_VERSION = 1;

    /** A learner model outside any experiment, after an answer to an item that was not due. */
    public LearnerModelChanged(UUID eventId, int schemaVersion, Instant occurredAt, String learnerId,
                               List<DomainMastery> domains, List<TaskMastery> taskStatements, Readiness readiness) {
        this(eventId, schemaVersion, occurredAt, learnerId, domains, taskStatements, readiness, null, null);
    }

    public LearnerModelChanged {
        domains = List.copyOf(domains);
        taskStatements = List.copyOf(taskStatements);
    }

    @Override
    public String key() {
        return learnerId;
    }

    public record DomainMastery(int domain, double mastery, double low, double high) {
    }

    public record TaskMastery(String id, double mastery, double low, double high) {
    }

    public record Readiness(int predictedScore, int low, int high, double passProbability) {
    }

    /** The experiment the learner is in and their arm (sticky: it never changes within an experiment). */
    public record ExperimentArm(String experimentId, String arm) {
    }

    /**
     * The answered item had been seen before and its recall probability just before this answer was below the
     * target retention 0.9; {@code recalled} = the answer was right.
     */
    public record DueReview(double retrievability, boolean recalled) {
    }
}
