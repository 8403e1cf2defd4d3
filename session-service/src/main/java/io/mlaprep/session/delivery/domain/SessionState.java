package io.mlaprep.session.delivery.domain;

import io.mlaprep.contracts.DomainResult;
import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.ScaledScore;
import io.mlaprep.session.grading.domain.Grader;
import io.mlaprep.session.grading.domain.ItemKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A session with its items: the rules for answering, flagging and finishing.
 *
 * @param result the outcome once the session is finished, else null
 * @param shown  when the learner first saw each item, by item index
 */
public record SessionState(Session session, List<SessionItem> items, SessionResult result,
                           Map<Integer, Instant> shown) {

    public SessionState {
        // an OnDemandList is unmodifiable already, and copying it would make every element
        items = items instanceof OnDemandList<SessionItem> ? items : List.copyOf(items);
        shown = Map.copyOf(shown);
    }

    /** A new session: nothing shown yet, no result. */
    public SessionState(Session session, List<SessionItem> items) {
        this(session, items, null, Map.of());
    }

    public SessionItem item(int n) {
        if (n < 0 || n >= items.size()) {
            throw new NoSuchItemException(n, items.size());
        }
        return items.get(n);
    }

    public boolean wasShown(int n) {
        return shown.containsKey(n);
    }

    /** When the learner first saw item {@code n}; the session's start if it was answered unseen. */
    public Instant shownAt(int n) {
        return shown.getOrDefault(n, session.startedAt());
    }

    public List<Integer> answered() {
        return items.stream().filter(SessionItem::isAnswered).map(SessionItem::n).toList();
    }

    public List<Integer> flagged() {
        return items.stream().filter(SessionItem::flagged).map(SessionItem::n).toList();
    }

    /** An exam past its deadline is finished by whoever looks at it next. */
    public boolean mustFinishAt(Instant now) {
        return session.isOpen() && session.isExpiredAt(now);
    }

    /**
     * Takes a response to item {@code n}. Practice modes grade it at once and accept it once; an exam
     * keeps it ungraded and lets it change until finish. A null response in an exam clears the answer.
     */
    public Submission submit(int n, ItemResponse response, Confidence confidence, Boolean flag, String requestId,
                             long responseTimeMs, Instant now, ItemKey key) {
        SessionItem item = item(n);
        if (session.mode().isExam()) {
            requireOpen(now); // an exam answer is "saved" only while it may still change: not even a replay after
        }
        if (requestId != null && requestId.equals(item.requestId())) {
            return new Submission(item, true);
        }
        requireOpen(now);
        boolean flagged = flag != null ? flag : item.flagged();
        if (session.mode().isExam()) {
            if (response != null) {
                Grader.grade(key, response); // rejects a malformed response now; the grade waits for finish
            }
            return new Submission(item.answered(response, null, response == null ? null : now, confidence, requestId,
                    responseTimeMs, flagged), false);
        }
        if (item.isAnswered()) {
            throw new ItemAlreadyAnsweredException(n);
        }
        boolean correct = Grader.grade(key, response);
        return new Submission(item.answered(response, correct, now, confidence, requestId, responseTimeMs, flagged),
                false);
    }

    public SessionItem flag(int n, boolean flagged, Instant now) {
        requireOpen(now);
        return item(n).flagged(flagged);
    }

    /** Grades what is left to grade and computes the result. */
    public Finished finish(Function<SessionItem, ItemKey> keys, ScaledScore scale) {
        if (!session.isOpen()) {
            throw new SessionClosedException("This session is already finished.");
        }
        List<SessionItem> graded = new ArrayList<>(items.size());
        for (SessionItem item : items) {
            if (item.isAnswered() && item.correct() == null) {
                graded.add(item.graded(Grader.grade(keys.apply(item), item.response())));
            } else {
                graded.add(item);
            }
        }
        return new Finished(graded, result(graded, scale));
    }

    private SessionResult result(List<SessionItem> graded, ScaledScore scale) {
        boolean exam = session.mode().isExam();
        Map<Integer, int[]> byDomain = new TreeMap<>();
        int correct = 0;
        int counted = 0;
        for (SessionItem item : graded) {
            // an exam scores every scored item, answered or not; practice scores only what was answered
            if (exam ? !item.scored() : !item.isAnswered()) {
                continue;
            }
            boolean right = Boolean.TRUE.equals(item.correct());
            int[] tally = byDomain.computeIfAbsent(item.domain(), d -> new int[2]);
            tally[1]++;
            counted++;
            if (right) {
                tally[0]++;
                correct++;
            }
        }
        List<DomainResult> domains = byDomain.entrySet().stream()
                .map(e -> new DomainResult(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
        if (!exam) {
            return new SessionResult(correct, counted, null, null, domains);
        }
        int scaled = scale.of(correct);
        return new SessionResult(correct, counted, scaled, scale.passes(scaled), domains);
    }

    private void requireOpen(Instant now) {
        if (!session.isOpen()) {
            throw new SessionClosedException("This session is finished; it takes no more answers.");
        }
        if (session.isExpiredAt(now)) {
            throw new SessionClosedException("The exam time ran out at " + session.deadline() + ".");
        }
    }

    public record Finished(List<SessionItem> items, SessionResult result) {
    }
}
