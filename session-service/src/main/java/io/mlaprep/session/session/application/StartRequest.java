package io.mlaprep.session.session.application;

import io.mlaprep.session.session.domain.SessionMode;

public record StartRequest(SessionMode mode, Integer size, Integer domain, String taskStatement) {
}
