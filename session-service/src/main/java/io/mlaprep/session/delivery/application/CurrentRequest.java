package io.mlaprep.session.delivery.application;

/**
 * The request a thread is serving, as far as the events it causes need to know: their request id header and the
 * trace they continue.
 */
public interface CurrentRequest {

    /** The request's id, or null outside any request (the deadline sweeper finishing an exam). */
    String id();

    /** The W3C traceparent of the span the thread is in, stored with the outbox entry; null outside any trace. */
    default String traceparent() {
        return null;
    }
}
