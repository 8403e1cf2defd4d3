package io.mlaprep.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The recommender's current learner model: mastery per domain and task statement, and readiness.
 * Topic {@value Topics#LEARNER_MODEL_CHANGED}, key learnerId.
 */
public record LearnerModelChanged(
        UUID eventId,
        int schemaVersion,
        Instant occurredAt,
        String learnerId,
        List<DomainMastery> domains,
        List<TaskMastery> taskStatements,
        Readiness readiness) implements Event {

    public static final int SCHEMA_VERSION = 1;

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
}
