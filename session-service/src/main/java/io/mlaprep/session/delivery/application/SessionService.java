package io.mlaprep.session.delivery.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.contracts.ScaledScore;
import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.servicedefaults.errors.ConflictException;
import io.mlaprep.servicedefaults.errors.InvalidInputException;
import io.mlaprep.servicedefaults.errors.NotFoundException;
import io.mlaprep.session.catalog.application.QuestionCatalog;
import io.mlaprep.session.catalog.domain.QuestionRef;
import io.mlaprep.session.delivery.domain.Session;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.delivery.domain.SessionMode;
import io.mlaprep.session.delivery.domain.SessionResult;
import io.mlaprep.session.delivery.domain.SessionState;
import io.mlaprep.session.delivery.domain.SessionStatus;
import io.mlaprep.session.delivery.domain.Submission;
import io.mlaprep.session.delivery.persistence.HistoryEntry;
import io.mlaprep.session.delivery.persistence.OpenExamException;
import io.mlaprep.session.delivery.persistence.OutboxEvent;
import io.mlaprep.session.delivery.persistence.SessionStore;
import io.mlaprep.session.delivery.persistence.StaleSessionException;
import io.mlaprep.session.grading.domain.ItemKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Starting, answering, finishing and reviewing sessions. */
@Service
public class SessionService {

    private static final SecureRandom IDS = new SecureRandom();
    private static final int WRITE_ATTEMPTS = 3;

    private final SessionStore store;
    private final SessionPlanner planner;
    private final AdaptivePlanner adaptive;
    private final DueReviewPlanner dueReviews;
    private final QuestionCatalog catalog;
    private final SessionSettings settings;
    private final ScaledScore scale;
    private final SessionEvents events;
    private final NextReviewPreview nextReviews;
    private final Clock clock;
    /** {@code mla_answers_total{mode}}: responses taken and stored, replays of one not counted again. */
    private final Map<SessionMode, Counter> answers = new EnumMap<>(SessionMode.class);

    public SessionService(SessionStore store, SessionPlanner planner, AdaptivePlanner adaptive,
                          DueReviewPlanner dueReviews, QuestionCatalog catalog, SessionSettings settings,
                          ScaledScore scale, SessionEvents events, NextReviewPreview nextReviews, Clock clock,
                          MeterRegistry registry) {
        this.store = store;
        this.planner = planner;
        this.adaptive = adaptive;
        this.dueReviews = dueReviews;
        this.catalog = catalog;
        this.settings = settings;
        this.scale = scale;
        this.events = events;
        this.nextReviews = nextReviews;
        this.clock = clock;
        for (SessionMode mode : SessionMode.values()) {
            answers.put(mode, Counter.builder("mla.answers").description("Responses taken and stored")
                    .tag("mode", mode.name()).register(registry));
        }
    }

    public SessionState start(String learnerId, StartRequest request) {
        if (request.mode() == null) {
            throw new InvalidInputException("mode", "must be one of " + Arrays.stream(SessionMode.values())
                    .map(SessionMode::name).collect(Collectors.joining(", ")));
        }
        request.requireKnownTargets();
        int size = size(request);
        if (request.mode().isExam()) {
            finishOverdueExam(learnerId);
        }
        Instant now = now();
        SessionPlanner.Plan plan = switch (request.mode()) {
            case EXAM -> planner.exam(store.seenOldestFirst(learnerId));
            case PRACTICE -> planner.practice(size, store.seenOldestFirst(learnerId));
            case DRILL -> planner.drill(size, request.domain(), request.taskStatement(),
                    store.seenOldestFirst(learnerId));
            case ADAPTIVE -> adaptive.plan(learnerId, size, () -> store.seenOldestFirst(learnerId));
            case REVIEW_MISSED -> planner.reviewMissed(size, store.history(learnerId));
            case REVIEW_DUE -> dueReviews.plan(learnerId, size);
        };
        Instant deadline = request.mode().isExam() ? now.plus(settings.examDuration()) : null;
        // an exam gives no feedback, so it needs no next reviews
        List<SessionItem> items = request.mode().isExam() ? plan.items()
                : nextReviews.withOutlook(learnerId, plan.items(), now);
        Session session = new Session(newId(), learnerId, request.mode(), SessionStatus.IN_PROGRESS,
                items.size(), now, deadline, null, request.domain(), request.taskStatement(), plan.notice(), 0);
        try {
            store.create(session, items, settings.openTtl(), settings.seen().limit(), settings.seen().ttl());
        } catch (OpenExamException e) {
            throw openExam(e.sessionId());
        }
        return new SessionState(session, items);
    }

    /**
     * One exam at a time: an open exam past its deadline is finished first; one still running refuses
     * the new start, so throwaway exams cannot pile up.
     */
    private void finishOverdueExam(String learnerId) {
        Optional<String> open = store.openExamId(learnerId);
        if (open.isEmpty()) {
            return;
        }
        Optional<SessionState> exam = store.load(learnerId, open.get());
        if (exam.isEmpty() || !exam.get().session().isOpen()) {
            store.forgetOpenExam(learnerId, open.get());
        } else if (exam.get().mustFinishAt(now())) {
            finishNow(exam.get());
        } else {
            throw openExam(open.get());
        }
    }

    private static ConflictException openExam(String sessionId) {
        return new ConflictException("You have an exam in progress (" + sessionId
                + "): finish it before you start another.", Map.of("sessionId", sessionId));
    }

    /** The learner's own session; an exam past its deadline is finished first. */
    public SessionState get(String learnerId, String sessionId) {
        SessionState state = load(learnerId, sessionId);
        if (state.mustFinishAt(now())) {
            finishNow(state);
            return load(learnerId, sessionId);
        }
        return state;
    }

    /** A page of the learner's sessions, newest first; sessions that expired leave the index. */
    public List<SessionState> list(String learnerId, int page, int size) {
        List<String> ids = store.sessionIds(learnerId, page, size);
        Map<String, SessionState> found = store.load(learnerId, ids);
        List<SessionState> sessions = new ArrayList<>();
        for (String id : ids) {
            if (found.containsKey(id)) {
                sessions.add(found.get(id));
            } else {
                store.forgetSession(learnerId, id);
            }
        }
        return sessions;
    }

    public long count(String learnerId) {
        return store.sessionCount(learnerId);
    }

    public ServedItem item(String learnerId, String sessionId, int n) {
        SessionState state = get(learnerId, sessionId);
        SessionItem item = state.item(n);
        if (state.session().isOpen() && !state.wasShown(n)) {
            store.markShown(learnerId, sessionId, n, clock.instant());
        }
        return new ServedItem(state.session(), item, catalog.version(item.questionId(), item.version()));
    }

    /**
     * Takes a response (or only a flag). The item, its outbox event and the learner's history are
     * written in one atomic step, so an acknowledged answer is never lost and always announced.
     */
    public ServedItem respond(String learnerId, String sessionId, int n, ResponseRequest request) {
        if (!request.hasResponse() && request.flagged() == null) {
            throw new InvalidInputException("optionIds", "send a response (optionIds, order or pairs) or a flag");
        }
        for (int attempt = 1; ; attempt++) {
            SessionState state = get(learnerId, sessionId);
            Instant now = now();
            SessionItem before = state.item(n);
            CatalogItem question = catalog.version(before.questionId(), before.version());
            SessionItem after;
            boolean replay = false;
            if (!request.hasResponse()) {
                after = state.flag(n, request.flagged(), now);
            } else {
                long responseTime = Duration.between(state.shownAt(n), now).toMillis();
                Submission submission = state.submit(n, request.response(), request.confidence(), request.flagged(),
                        request.requestId(), Math.max(0, responseTime), now, ItemKey.of(question));
                after = submission.item();
                replay = submission.replay();
            }
            if (replay) {
                return new ServedItem(state.session(), after, question);
            }
            try {
                boolean announce = !state.session().mode().isExam() && request.hasResponse();
                store.writeItems(state.session(), List.of(after),
                        announce ? List.of(events.answered(state.session(), after, question, now)) : List.of(),
                        announce ? Map.of(after.questionId(), history(after)) : Map.of());
                if (request.hasResponse()) {
                    answers.get(state.session().mode()).increment();
                }
                return new ServedItem(state.session(), after, question);
            } catch (StaleSessionException e) {
                if (e.closed() || attempt == WRITE_ATTEMPTS) {
                    throw new ConflictException("This session changed or closed meanwhile; reload it.");
                }
            }
        }
    }

    public SessionResult finish(String learnerId, String sessionId) {
        SessionState state = load(learnerId, sessionId);
        if (!state.session().isOpen()) {
            return finishedResult(state);
        }
        return finishNow(state);
    }

    /**
     * Finishes an exam whose deadline passed while nobody looked (called by the deadline sweeper);
     * the finishing write drops its deadline entry.
     *
     * @return false if there is no open session by this id any more (it expired or is finished), so
     *         nothing will drop its deadline entry but the caller
     */
    public boolean finishOverdue(String learnerId, String sessionId) {
        Optional<SessionState> state = store.load(learnerId, sessionId);
        if (state.isEmpty() || !state.get().session().isOpen()) {
            return false;
        }
        if (state.get().mustFinishAt(now())) {
            finishNow(state.get());
        }
        return true;
    }

    /** Every item of a finished session, or the answered items of an open practice session, with its question. */
    public Review review(String learnerId, String sessionId) {
        SessionState state = get(learnerId, sessionId);
        if (state.session().mode().isExam() && state.session().isOpen()) {
            throw new ConflictException("The review of an exam opens when the exam is finished.");
        }
        List<SessionItem> items = state.session().isOpen()
                ? state.items().stream().filter(SessionItem::isAnswered).toList() : state.items();
        return new Review(state.session(), items, questions(items));
    }

    private SessionResult finishNow(SessionState state) {
        Map<QuestionRef, CatalogItem> questions = questions(state.items());
        for (int attempt = 1; ; attempt++) {
            Instant now = now();
            Instant finishedAt = state.session().isExpiredAt(now) ? state.session().deadline() : now;
            SessionState.Finished finished = state.finish(item -> ItemKey.of(questions.get(ref(item))), scale);
            List<OutboxEvent> outbox = new ArrayList<>();
            Map<String, HistoryEntry> history = new LinkedHashMap<>();
            for (SessionItem item : finished.items()) {
                if (state.session().mode().isExam()) {
                    // every exam item counts once, at finish; an unanswered one as wrong
                    SessionItem counted = item.correct() == null ? item.graded(false) : item;
                    outbox.add(events.answered(state.session(), counted, questions.get(ref(item)),
                            item.answeredAt() == null ? finishedAt : item.answeredAt()));
                    if (item.isAnswered()) {
                        history.put(item.questionId(), history(counted));
                    }
                }
            }
            outbox.add(events.completed(state.session(), finished.result(), finishedAt));
            try {
                store.finish(state.session(), finishedAt, finished.result(), finished.items(), state.shown(), outbox,
                        history, settings.finishedTtl());
                return finished.result();
            } catch (StaleSessionException e) {
                SessionState reloaded = load(state.session().learnerId(), state.session().id());
                if (!reloaded.session().isOpen()) {
                    return finishedResult(reloaded);
                }
                if (attempt == WRITE_ATTEMPTS) {
                    throw new ConflictException("This session changed meanwhile; finish it again.");
                }
                state = reloaded;
            }
        }
    }

    private static SessionResult finishedResult(SessionState finished) {
        if (finished.result() == null) {
            throw new ConflictException("This session is already finished.");
        }
        return finished.result();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private SessionState load(String learnerId, String sessionId) {
        return store.load(learnerId, sessionId)
                .orElseThrow(() -> new NotFoundException("You have no session " + sessionId + "."));
    }

    /** The items' questions, fetched in one call when not cached. */
    private Map<QuestionRef, CatalogItem> questions(List<SessionItem> items) {
        return catalog.versions(items.stream().map(SessionService::ref).toList());
    }

    private static QuestionRef ref(SessionItem item) {
        return new QuestionRef(item.questionId(), item.version());
    }

    private static HistoryEntry history(SessionItem item) {
        return new HistoryEntry(item.version(), Boolean.TRUE.equals(item.correct()), item.answeredAt().toEpochMilli());
    }

    private int size(StartRequest request) {
        if (request.mode() == SessionMode.EXAM) {
            return ExamGuide.QUESTION_COUNT;
        }
        int size = request.size() == null ? settings.defaultSize() : request.size();
        if (size < 1 || size > settings.maxSize()) {
            throw new InvalidInputException("size", "must be between 1 and " + settings.maxSize());
        }
        return size;
    }

    private static String newId() {
        byte[] bytes = new byte[9];
        IDS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** An item of a session with the question version it serves, as shown or just answered. */
    public record ServedItem(Session session, SessionItem item, CatalogItem question) {
    }

    public record Review(Session session, List<SessionItem> items, Map<QuestionRef, CatalogItem> questions) {

        public CatalogItem question(SessionItem item) {
            return questions.get(ref(item));
        }
    }
}
