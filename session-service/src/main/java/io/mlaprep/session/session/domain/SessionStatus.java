package io.mlaprep.session.session.domain;

public enum SessionStatus {
    IN_PROGRESS, FINISHED
}
