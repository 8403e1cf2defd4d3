package io.mlaprep.session.delivery.domain;

public enum SessionStatus {
    IN_PROGRESS, FINISHED
}
