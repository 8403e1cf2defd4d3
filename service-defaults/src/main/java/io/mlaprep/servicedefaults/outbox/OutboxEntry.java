package io.mlaprep.servicedefaults.outbox;

/**
 * One event waiting in an outbox. {@code id} is the store's own handle on it (a stream entry id, an event id);
 * {@code requestId} may be null and is sent as the X-Request-Id header; {@code traceparent}, the W3C trace
 * context of the request that wrote it, may be null (entries written before traces were kept, or outside any
 * trace) and is the parent of the relay's producer span.
 */
public record OutboxEntry(String id, String topic, String key, String value, String requestId, String traceparent) {

    /** An entry that carries no trace context. */
    public OutboxEntry(String id, String topic, String key, String value, String requestId) {
        this(id, topic, key, value, requestId, null);
    }
}
