package io.mlaprep.question.bank.persistence;

import java.time.Instant;

/**
 * A {@code mla.question-changed.v1} event waiting in the question's own document. Written in the same
 * single-document update as the change it announces (the MongoDB stand-in has no multi-document
 * transactions), then relayed to Kafka and removed. {@code traceparent} is the W3C trace context of the request
 * that wrote it (null in events written before traces were kept, or outside any trace).
 */
public record PendingEvent(String eventId, Instant occurredAt, int version, String status, int domain,
                           String taskStatement, String type, Double difficulty, String traceparent) {
}
