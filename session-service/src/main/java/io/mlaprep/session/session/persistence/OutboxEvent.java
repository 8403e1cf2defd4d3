package io.mlaprep.session.session.persistence;

/** An event to publish, written to the outbox stream together with the change it announces. */
public record OutboxEvent(String topic, String key, String json) {
}
