package io.mlaprep.session.delivery.domain;

import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.session.grading.domain.ItemKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Object mother for sessions and session states, and a way to apply what {@link SessionState} returns. */
final class SessionStates {

    static final Instant STARTED = Instant.parse("2025-03-01T09:00:00Z");
    static final Instant DEADLINE = STARTED.plus(Duration.ofMinutes(130));
    static final Instant DURING = STARTED.plus(Duration.ofMinutes(5));
    static final Instant LATER = STARTED.plus(Duration.ofMinutes(10));

    private SessionStates() {
    }

    static Session practiceSession(SessionMode mode, int itemCount) {
        return new Session("s-1", "learner-1", mode, SessionStatus.IN_PROGRESS, itemCount, STARTED, null, null, null,
                null, null, 0);
    }

    static Session examSession(int itemCount) {
        return new Session("s-1", "learner-1", SessionMode.EXAM, SessionStatus.IN_PROGRESS, itemCount, STARTED,
                DEADLINE, null, null, null, null, 0);
    }

    /** A practice-type session with one item of each question type (items 0..3). */
    static SessionState practice(SessionMode mode) {
        List<SessionItem> items = SessionItems.oneOfEachType();
        return new SessionState(practiceSession(mode, items.size()), items);
    }

    /** An exam with one scored item of each question type (items 0..3) and its deadline at {@link #DEADLINE}. */
    static SessionState exam() {
        List<SessionItem> items = SessionItems.oneOfEachType();
        return new SessionState(examSession(items.size()), items);
    }

    /** The session as finished at {@link #LATER} (only the status and the time change). */
    static Session finished(Session s) {
        return new Session(s.id(), s.learnerId(), s.mode(), SessionStatus.FINISHED, s.itemCount(), s.startedAt(),
                s.deadline(), LATER, s.domain(), s.taskStatement(), s.notice(), s.revision());
    }

    static SessionState finished(SessionState state) {
        return new SessionState(finished(state.session()), state.items());
    }

    /** The state with one item replaced (item n sits at index n). */
    static SessionState with(SessionState state, SessionItem item) {
        List<SessionItem> items = new ArrayList<>(state.items());
        items.set(item.n(), item);
        return new SessionState(state.session(), items);
    }

    static SessionState with(SessionState state, Submission submission) {
        return with(state, submission.item());
    }

    /** Submits a response to item n at {@link #DURING} and returns the state with the accepted item. */
    static SessionState answer(SessionState state, int n, ItemResponse response) {
        SessionItem item = state.item(n);
        return with(state, state.submit(n, response, Confidence.MEDIUM, null, null, 1_000, DURING,
                SessionItems.keyOf(item)));
    }

    static SessionState answerRight(SessionState state, int n) {
        return answer(state, n, ItemKeys.rightAnswer(state.item(n).type()));
    }

    static SessionState answerWrong(SessionState state, int n) {
        return answer(state, n, ItemKeys.wrongAnswer(state.item(n).type()));
    }

    static SessionState answerRight(SessionState state, Iterable<Integer> ns) {
        SessionState result = state;
        for (int n : ns) {
            result = answerRight(result, n);
        }
        return result;
    }

    static SessionState answerWrong(SessionState state, Iterable<Integer> ns) {
        SessionState result = state;
        for (int n : ns) {
            result = answerWrong(result, n);
        }
        return result;
    }

    static ItemResponse rightAnswer(SessionState state, int n) {
        return ItemKeys.rightAnswer(state.item(n).type());
    }

    static ItemResponse wrongAnswer(SessionState state, int n) {
        return ItemKeys.wrongAnswer(state.item(n).type());
    }

    static QuestionType typeOf(SessionState state, int n) {
        return state.item(n).type();
    }
}
