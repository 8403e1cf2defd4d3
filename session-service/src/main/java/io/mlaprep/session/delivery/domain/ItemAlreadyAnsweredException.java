package io.mlaprep.session.delivery.domain;

/** Practice items are answered once: the feedback has been shown. */
public class ItemAlreadyAnsweredException extends RuntimeException {

    public ItemAlreadyAnsweredException(int n) {
        super("Item " + n + " is already answered; its feedback is in the session review.");
    }
}
