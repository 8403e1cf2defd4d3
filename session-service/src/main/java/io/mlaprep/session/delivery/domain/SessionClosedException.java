package io.mlaprep.session.delivery.domain;

/** The session no longer takes answers: it was finished, or its exam deadline passed. */
public class SessionClosedException extends RuntimeException {

    public SessionClosedException(String message) {
        super(message);
    }
}
