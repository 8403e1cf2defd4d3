package io.mlaprep.session.delivery.persistence;

/** An open exam as the shard's deadlines zset lists it. */
public record OpenExam(String learnerId, String sessionId) {
}
