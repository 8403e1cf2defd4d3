package io.mlaprep.session.session.web;

import io.mlaprep.session.session.domain.Session;
import io.mlaprep.session.session.domain.SessionMode;
import io.mlaprep.session.session.domain.SessionState;
import io.mlaprep.session.session.domain.SessionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

public record SessionView(String id, SessionMode mode, SessionStatus status, int itemCount, int answeredCount,
                          List<Integer> flagged, Instant startedAt, Instant deadline, Long remainingSeconds,
                          Instant finishedAt, String notice) {

    static SessionView of(SessionState state, Instant now) {
        Session s = state.session();
        Long remaining = s.deadline() == null || !s.isOpen() ? null
                : Math.max(0, Duration.between(now, s.deadline()).toSeconds());
        return new SessionView(s.id(), s.mode(), s.status(), s.itemCount(), state.answeredCount(), state.flagged(),
                s.startedAt(), s.deadline(), remaining, s.finishedAt(), s.notice());
    }
}
