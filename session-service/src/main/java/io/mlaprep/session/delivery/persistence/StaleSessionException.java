package io.mlaprep.session.delivery.persistence;

/** The session changed (or closed) between reading it and writing to it; the caller may retry. */
public class StaleSessionException extends RuntimeException {

    private final boolean closed;

    public StaleSessionException(boolean closed) {
        super(closed ? "session closed" : "session changed concurrently");
        this.closed = closed;
    }

    public boolean closed() {
        return closed;
    }
}
