package io.mlaprep.session.delivery.persistence;

/** A new exam was refused: the learner already has this one open. */
public class OpenExamException extends RuntimeException {

    private final String sessionId;

    public OpenExamException(String sessionId) {
        super("exam " + sessionId + " is open");
        this.sessionId = sessionId;
    }

    public String sessionId() {
        return sessionId;
    }
}
