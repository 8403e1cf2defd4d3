package io.mlaprep.session.delivery.application;

/** The request a thread is serving, as far as the events it causes need to know: their request id header. */
public interface CurrentRequest {

    /** The request's id, or null outside any request (the deadline sweeper finishing an exam). */
    String id();
}
