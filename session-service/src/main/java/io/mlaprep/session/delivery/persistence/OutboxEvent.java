package io.mlaprep.session.delivery.persistence;

/**
 * An event to publish, written to the outbox stream together with the change it announces.
 *
 * @param requestId   the request that caused it (empty when none), carried on as a Kafka header
 * @param traceparent the W3C trace context it was written in (empty when none), the parent of the relay's span
 */
public record OutboxEvent(String topic, String key, String json, String requestId, String traceparent) {

    public OutboxEvent {
        requestId = requestId == null ? "" : requestId;
        traceparent = traceparent == null ? "" : traceparent;
    }
}
