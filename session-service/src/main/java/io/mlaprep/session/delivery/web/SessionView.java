package io.mlaprep.session.delivery.web;

import io.mlaprep.session.delivery.domain.Session;
import io.mlaprep.session.delivery.domain.SessionMode;
import io.mlaprep.session.delivery.domain.SessionResult;
import io.mlaprep.session.delivery.domain.SessionState;
import io.mlaprep.session.delivery.domain.SessionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * @param answered the indexes of the items answered so far
 * @param result   the outcome, once the session is finished
 */
public record SessionView(String id, SessionMode mode, SessionStatus status, int itemCount, int answeredCount,
                          List<Integer> answered, List<Integer> flagged, Integer domain, String taskStatement,
                          Instant startedAt, Instant deadline, Long remainingSeconds, Instant finishedAt, String notice,
                          ResultView result) {

    static SessionView of(SessionState state, Instant now) {
        return of(state, null, now);
    }

    static SessionView of(SessionState state, SessionResult result, Instant now) {
        Session s = state.session();
        Long remaining = s.deadline() == null || !s.isOpen() ? null
                : Math.max(0, Duration.between(now, s.deadline()).toSeconds());
        List<Integer> answered = state.answered();
        return new SessionView(s.id(), s.mode(), s.status(), s.itemCount(), answered.size(), answered, state.flagged(),
                s.domain(), s.taskStatement(), s.startedAt(), s.deadline(), remaining, s.finishedAt(), s.notice(),
                result == null ? null : ResultView.of(result));
    }
}
