package io.mlaprep.session.delivery.domain;

import java.time.Instant;

/**
 * A session's fixed facts (set at creation) and its lifecycle.
 *
 * @param deadline exams only: answers after it are refused and reading the session finishes it
 * @param notice   something the learner should know about how the session was built, e.g. that
 *                 adaptive recommendations were unavailable and a blueprint-weighted set was used
 */
public record Session(String id, String learnerId, SessionMode mode, SessionStatus status, int itemCount,
                      Instant startedAt, Instant deadline, Instant finishedAt, Integer domain, String taskStatement,
                      String notice, long revision) {

    public boolean isExpiredAt(Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }

    public boolean isOpen() {
        return status == SessionStatus.IN_PROGRESS;
    }
}
