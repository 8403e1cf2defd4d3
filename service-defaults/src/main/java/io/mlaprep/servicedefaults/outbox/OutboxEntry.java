package io.mlaprep.servicedefaults.outbox;

/**
 * One event waiting in an outbox. {@code id} is the store's own handle on it (a stream entry id, an event id);
 * {@code requestId} may be null and is sent as the X-Request-Id header.
 */
public record OutboxEntry(String id, String topic, String key, String value, String requestId) {
}
