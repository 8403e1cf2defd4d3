package io.mlaprep.session.delivery.domain;

public class NoSuchItemException extends RuntimeException {

    public NoSuchItemException(int n, int itemCount) {
        super("This session has items 0 to " + (itemCount - 1) + "; there is no item " + n + ".");
    }
}
