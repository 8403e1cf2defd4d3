package io.mlaprep.session.delivery.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.servicedefaults.redis.BytesOrText;
import io.mlaprep.servicedefaults.redis.LuaScripts;
import io.mlaprep.servicedefaults.redis.RawHashes;
import io.mlaprep.session.delivery.domain.Confidence;
import io.mlaprep.session.delivery.domain.OnDemandList;
import io.mlaprep.session.delivery.domain.Session;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.delivery.domain.SessionMode;
import io.mlaprep.session.delivery.domain.SessionResult;
import io.mlaprep.session.delivery.domain.SessionState;
import io.mlaprep.session.delivery.domain.SessionStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Sessions in Redis. Every change that announces something writes its outbox entry in the same script. */
@Repository
public class SessionStore {

    private static final String FINISHED_ITEMS = "z";
    private static final RedisScript<String> CREATE = LuaScripts.load("create-session.lua", String.class);
    private static final RedisScript<Long> FORGET_OPEN_EXAM = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0", Long.class);
    private static final RedisScript<Long> WRITE = LuaScripts.load("write-session.lua", Long.class);

    private final StringRedisTemplate redis;
    private final SessionKeys keys;
    private final JsonMapper json;
    private final FinishedItems finishedItems;

    public SessionStore(StringRedisTemplate redis, SessionKeys keys, JsonMapper json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json.rebuild()
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
        this.finishedItems = new FinishedItems(this.json);
    }

    /**
     * Stores a new session and records its questions as seen by the learner at its start.
     *
     * @param seenLimit the most recently seen questions kept for the learner
     * @param seenTtl   how long that record outlives this session's start
     */
    public void create(Session session, List<SessionItem> items, Duration ttl, int seenLimit, Duration seenTtl) {
        List<String> args = new ArrayList<>(List.of(json.writeValueAsString(toMeta(session)), session.id(),
                Long.toString(session.startedAt().toEpochMilli()),
                session.deadline() == null ? "" : Long.toString(session.deadline().toEpochMilli()),
                SessionKeys.deadlineMember(session.learnerId(), session.id()), Long.toString(ttl.toSeconds()),
                Integer.toString(seenLimit), Long.toString(seenTtl.toSeconds()),
                Integer.toString(items.size())));
        items.forEach(item -> args.add(json.writeValueAsString(toStored(item, true, true))));
        items.forEach(item -> args.add(item.questionId()));
        try {
            redis.execute(CREATE, List.of(keys.session(session.learnerId(), session.id()),
                    keys.learnerSessions(session.learnerId()), keys.deadlinesOf(session.learnerId()),
                    keys.seen(session.learnerId()), keys.examInProgress(session.learnerId())), args.toArray());
        } catch (RedisSystemException e) {
            String message = scriptError(e);
            int open = message.indexOf("OPEN_EXAM ");
            if (open >= 0) {
                throw new OpenExamException(message.substring(open + "OPEN_EXAM ".length()).trim());
            }
            throw e;
        }
    }

    /** The id of the learner's open exam, if one is recorded (it may have passed its deadline). */
    public Optional<String> openExamId(String learnerId) {
        return Optional.ofNullable(redis.opsForValue().get(keys.examInProgress(learnerId)));
    }

    /** Forgets the learner's open exam if it is still {@code sessionId} (its session is gone). */
    public void forgetOpenExam(String learnerId, String sessionId) {
        redis.execute(FORGET_OPEN_EXAM, List.of(keys.examInProgress(learnerId)), sessionId);
    }

    /** The questions the learner has been served, the one served longest ago first (scored by when, ascending). */
    public List<String> seenOldestFirst(String learnerId) {
        Set<String> ids = redis.opsForZSet().range(keys.seen(learnerId), 0, -1);
        return ids == null ? List.of() : List.copyOf(ids);
    }

    public Optional<SessionState> load(String learnerId, String sessionId) {
        byte[] key = keys.session(learnerId, sessionId).getBytes(StandardCharsets.UTF_8);
        Map<byte[], byte[]> hash = redis.execute((RedisCallback<Map<byte[], byte[]>>) connection ->
                connection.hashCommands().hGetAll(key));
        Map<String, byte[]> fields = new HashMap<>();
        if (hash != null) {
            hash.forEach((field, value) -> fields.put(new String(field, StandardCharsets.UTF_8), value));
        }
        return toState(learnerId, fields);
    }

    /** Several of the learner's sessions in one round trip, by id; those that are gone are left out. */
    public Map<String, SessionState> load(String learnerId, List<String> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        List<List<byte[]>> hashes = RawHashes.read(redis,
                sessionIds.stream().map(id -> keys.session(learnerId, id)).toList());
        Map<String, SessionState> found = new LinkedHashMap<>();
        for (int i = 0; i < sessionIds.size(); i++) {
            List<byte[]> fields = hashes.get(i);
            Map<String, byte[]> hash = new HashMap<>();
            for (int f = 0; f + 1 < fields.size(); f += 2) {
                hash.put(new String(fields.get(f), StandardCharsets.UTF_8), fields.get(f + 1));
            }
            String id = sessionIds.get(i);
            toState(learnerId, hash).ifPresent(state -> found.put(id, state));
        }
        return found;
    }

    private Optional<SessionState> toState(String learnerId, Map<String, byte[]> hash) {
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        StoredMeta meta = json.readValue(hash.get("meta"), StoredMeta.class);
        if (!meta.learner().equals(learnerId)) {
            return Optional.empty();
        }
        List<SessionItem> items;
        Map<Integer, Instant> shown = new HashMap<>();
        if (hash.get(FINISHED_ITEMS) instanceof byte[] archived) {
            FinishedItems.Archive archive = finishedItems.read(archived);
            items = new ArrayList<>(meta.count());
            for (int n = 0; n < meta.count(); n++) {
                items.add(toItem(n, archive.items().get(n)));
                if (archive.shown().get(n) != null) {
                    shown.put(n, Instant.ofEpochMilli(archive.shown().get(n)));
                }
            }
        } else {
            // read when asked for: answering or showing one item needs that one only
            items = new OnDemandList<>(meta.count(),
                    n -> toItem(n, json.readValue(hash.get("i:" + n), StoredItem.class)));
            for (int n = 0; n < meta.count(); n++) {
                if (text(hash, "shown:" + n) instanceof String at) {
                    shown.put(n, Instant.ofEpochMilli(Long.parseLong(at)));
                }
            }
        }
        String finishedAt = text(hash, "finishedAt");
        Session session = new Session(meta.id(), meta.learner(), SessionMode.valueOf(meta.mode()),
                SessionStatus.valueOf(text(hash, "status")), meta.count(), Instant.ofEpochMilli(meta.started()),
                meta.deadline() == null ? null : Instant.ofEpochMilli(meta.deadline()),
                finishedAt == null ? null : Instant.ofEpochMilli(Long.parseLong(finishedAt)),
                meta.domain(), meta.task(), meta.notice(), Long.parseLong(text(hash, "rev")));
        SessionResult result = hash.get("result") instanceof byte[] stored
                ? json.readValue(stored, SessionResult.class) : null;
        return Optional.of(new SessionState(session, items, result, shown));
    }

    private static String text(Map<String, byte[]> hash, String field) {
        byte[] value = hash.get(field);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    /** Records when the learner first saw item n; a later call leaves the first time. */
    public void markShown(String learnerId, String sessionId, int n, Instant now) {
        redis.opsForHash().putIfAbsent(keys.session(learnerId, sessionId), "shown:" + n,
                Long.toString(now.toEpochMilli()));
    }

    /**
     * Writes changed items of an open session with their events and history entries, atomically.
     *
     * @throws StaleSessionException if the session changed or closed since it was loaded
     */
    public void writeItems(Session session, List<SessionItem> changed, List<OutboxEvent> events,
                           Map<String, HistoryEntry> history) {
        write(session, "", "", new byte[0], Duration.ZERO, changed, events, history);
    }

    /**
     * Closes an open session with its result, events and history entries, atomically. Its items, graded, and when
     * each was first shown are kept from now on in one compressed field instead of a field each.
     *
     * @throws StaleSessionException if the session changed or closed since it was loaded
     */
    public void finish(Session session, Instant finishedAt, SessionResult result, List<SessionItem> items,
                       Map<Integer, Instant> shown, List<OutboxEvent> events, Map<String, HistoryEntry> history,
                       Duration ttl) {
        // a finished exam takes no answer again, not even a replay, so its request ids are of no further use
        boolean keepRequestIds = !session.mode().isExam();
        List<StoredItem> stored = items.stream().map(item -> toStored(item, keepRequestIds, false)).toList();
        List<Long> shownAt = items.stream()
                .map(item -> shown.containsKey(item.n()) ? shown.get(item.n()).toEpochMilli() : null).toList();
        write(session, Long.toString(finishedAt.toEpochMilli()), json.writeValueAsString(result),
                finishedItems.write(new FinishedItems.Archive(stored, shownAt)), ttl, List.of(), events, history);
    }

    /**
     * Writes changed items of an open session with their events and history entries, and closes it
     * when {@code finishedAt} is given, atomically.
     *
     * @throws StaleSessionException if the session changed or closed since it was loaded
     */
    private void write(Session session, String finishedAt, String result, byte[] finishedItems, Duration ttl,
                       List<SessionItem> changed, List<OutboxEvent> events, Map<String, HistoryEntry> history) {
        List<Object> args = new ArrayList<>(List.of(Long.toString(session.revision()), finishedAt, result,
                SessionKeys.deadlineMember(session.learnerId(), session.id()), Long.toString(ttl.toSeconds()),
                Integer.toString(changed.size()), Integer.toString(events.size()), Integer.toString(history.size()),
                session.id(), finishedItems));
        for (SessionItem item : changed) {
            args.add(Integer.toString(item.n()));
            args.add(json.writeValueAsString(toStored(item, true, true)));
        }
        for (OutboxEvent event : events) {
            args.add(event.topic());
            args.add(event.key());
            args.add(event.json());
            args.add(event.requestId());
            args.add(event.traceparent());
        }
        history.forEach((questionId, entry) -> {
            args.add(questionId);
            args.add(json.writeValueAsString(entry));
        });
        try {
            redis.execute(WRITE, BytesOrText.INSTANCE, BytesOrText.INTEGER_REPLY, List.of(keys.session(session.learnerId(), session.id()),
                    keys.outboxOf(session.learnerId()), keys.history(session.learnerId()),
                    keys.deadlinesOf(session.learnerId()), keys.learnerSessions(session.learnerId()),
                    keys.examInProgress(session.learnerId())), args.toArray());
        } catch (RedisSystemException e) {
            String message = scriptError(e);
            if (message.contains("CLOSED") || message.contains("STALE")) {
                throw new StaleSessionException(message.contains("CLOSED"));
            }
            throw e;
        }
    }

    /** What a script answered with {@code redis.error_reply}. */
    private static String scriptError(RedisSystemException e) {
        return String.valueOf(e.getMostSpecificCause().getMessage());
    }

    /** The learner's session ids, newest first. */
    public List<String> sessionIds(String learnerId, int page, int size) {
        Set<String> ids = redis.opsForZSet().reverseRange(keys.learnerSessions(learnerId), (long) page * size,
                (long) page * size + size - 1);
        return ids == null ? List.of() : List.copyOf(ids);
    }

    public long sessionCount(String learnerId) {
        Long count = redis.opsForZSet().zCard(keys.learnerSessions(learnerId));
        return count == null ? 0 : count;
    }

    public void forgetSession(String learnerId, String sessionId) {
        redis.opsForZSet().remove(keys.learnerSessions(learnerId), sessionId);
    }

    public Map<String, HistoryEntry> history(String learnerId) {
        Map<String, HistoryEntry> history = new HashMap<>();
        redis.opsForHash().entries(keys.history(learnerId)).forEach((questionId, entry) ->
                history.put((String) questionId, json.readValue((String) entry, HistoryEntry.class)));
        return history;
    }

    /** Open exams of the shard whose deadline has passed, at most {@code limit}. */
    public List<OpenExam> overdueExams(int shard, Instant now, int limit) {
        Set<String> due = redis.opsForZSet().rangeByScore(keys.deadlines(shard), 0, now.toEpochMilli(), 0, limit);
        return due == null ? List.of() : due.stream().map(SessionKeys::openExam).toList();
    }

    /** Forgets an exam's deadline (finishing an exam does this itself). */
    public void dropDeadline(OpenExam exam) {
        redis.opsForZSet().remove(keys.deadlinesOf(exam.learnerId()),
                SessionKeys.deadlineMember(exam.learnerId(), exam.sessionId()));
    }

    private static StoredMeta toMeta(Session s) {
        return new StoredMeta(s.id(), s.learnerId(), s.mode().name(), s.itemCount(), s.startedAt().toEpochMilli(),
                s.deadline() == null ? null : s.deadline().toEpochMilli(), s.domain(), s.taskStatement(), s.notice());
    }

    /** @param keepOutlook false once the session is finished: its next-review outlook only served feedback */
    private static StoredItem toStored(SessionItem i, boolean keepRequestId, boolean keepOutlook) {
        return new StoredItem(i.questionId(), i.version(), i.domain(), i.taskStatement(), i.type().name(), i.scored(),
                i.optionOrder(), i.responseOrder().isEmpty() ? null : i.responseOrder(),
                StoredResponse.of(i.response()), i.correct(), i.answeredAt() == null ? null : i.answeredAt().toEpochMilli(),
                i.flagged(), i.confidence() == null ? null : i.confidence().name(),
                keepRequestId ? i.requestId() : null, i.responseTimeMs(), i.reason(),
                keepOutlook ? StoredOutlook.of(i.nextReview()) : null);
    }

    private static SessionItem toItem(int n, StoredItem s) {
        return new SessionItem(n, s.q(), s.v(), s.d(), s.t(), QuestionType.valueOf(s.ty()), s.s(), s.o(), s.r(),
                s.a() == null ? null : s.a().toResponse(), s.c(), s.at() == null ? null : Instant.ofEpochMilli(s.at()), s.f(),
                s.cf() == null ? null : Confidence.valueOf(s.cf()), s.rid(), s.ms(), s.rs(),
                s.nr() == null ? null : s.nr().toOutlook());
    }
}
