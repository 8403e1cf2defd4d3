package io.mlaprep.session.delivery.persistence;

/**
 * An event to publish, written to the outbox stream together with the change it announces.
 *
 * @param requestId the request that caused it (empty when none), carried on as a Kafka header
 */
public record OutboxEvent(String topic, String key, String json, String requestId) {

    public OutboxEvent {
        requestId = requestId == null ? "" : requestId;
    }
}
