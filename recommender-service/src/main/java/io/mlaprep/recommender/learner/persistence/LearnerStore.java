package io.mlaprep.recommender.learner.persistence;

import io.mlaprep.recommender.mastery.domain.MasteryState;
import io.mlaprep.recommender.memory.domain.MemoryState;
import io.mlaprep.recommender.redis.RedisKeys;
import io.mlaprep.servicedefaults.redis.BytesOrText;
import io.mlaprep.servicedefaults.redis.LuaScripts;
import io.mlaprep.servicedefaults.redis.RawHashes;
import io.mlaprep.servicedefaults.tracing.MessageTracing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/**
 * The learner model in Redis: the mastery posterior in the learner hash, FSRS memory per question in the learner's
 * memory buckets (see {@link RedisKeys}). Memories are binary, so they are read and written by scripts whose
 * arguments and replies are raw bytes ({@link BytesOrText}); each read is one round trip.
 */
@Repository
public class LearnerStore {

    private static final RedisScript<Long> APPLY = LuaScripts.load("apply-answer.lua", Long.class);
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> READ_MEMORY = LuaScripts.load("read-memory.lua", List.class);
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> READ_MEMORIES = LuaScripts.load("read-memories.lua", List.class);
    private static final String MASTERY = "m";
    private static final String LEGACY_MEMORY = "q:";

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final MessageTracing tracing;

    public LearnerStore(StringRedisTemplate redis, RedisKeys keys, MessageTracing tracing) {
        this.redis = redis;
        this.keys = keys;
        this.tracing = tracing;
    }

    /**
     * What answering one question needs: its memory, whether the first answer to it was wrong (false when unknown, as
     * for a memory in the legacy form), mastery, the guard.
     */
    public record AnswerContext(MemoryState memory, boolean firstAnswerWrong, MasteryState mastery,
                                Long appliedOffset) {
    }

    public AnswerContext forAnswer(String learnerId, String questionId, String guardField) {
        List<byte[]> values = readMemory(learnerId, questionId, MASTERY, guardField);
        return new AnswerContext(memory(values.get(0), values.get(1)),
                values.get(0) != null && MemoryBytes.firstAnswerWrong(values.get(0)),
                values.get(2) == null ? null : Encoding.mastery(text(values.get(2))),
                values.get(3) == null ? null : Long.parseLong(text(values.get(3))));
    }

    /**
     * What one answer adds to the learner's experiment entry: the arm to store unless one is stored already,
     * whether readiness is at 0.8 now, whether the item was due and recalled.
     */
    public record ExperimentTally(String experimentId, String arm, boolean ready, boolean dueReview,
                                  boolean recalled) {
    }

    /**
     * Writes the new memory (into its bucket with whether the first answer to the question was wrong, deleting the
     * question's legacy field) and mastery with the event announcing them, and the experiment tally if there is one,
     * atomically, unless this offset was applied before.
     * The event continues the trace the thread is in (the answer's consumer span).
     */
    public void apply(String learnerId, String questionId, MemoryState memory, boolean firstAnswerWrong,
                      MasteryState mastery, String guardField, long offset, String topic, String eventJson,
                      ExperimentTally tally) {
        List<String> keyList = new ArrayList<>(List.of(keys.learner(learnerId),
                keys.memoryBucket(learnerId, questionId), keys.outboxOf(learnerId)));
        List<Object> args = new ArrayList<>(List.of(guardField, Long.toString(offset), questionId,
                MemoryBytes.encode(memory, firstAnswerWrong), LEGACY_MEMORY + questionId, Encoding.mastery(mastery),
                topic, learnerId, eventJson, traceparent()));
        if (tally != null) {
            keyList.add(keys.experimentOf(tally.experimentId(), learnerId));
            args.addAll(List.of(tally.arm(), flag(tally.ready()), flag(tally.dueReview()), flag(tally.recalled())));
        }
        redis.execute(APPLY, BytesOrText.INSTANCE, BytesOrText.INTEGER_REPLY, keyList, args.toArray());
    }

    private String traceparent() {
        String traceparent = tracing.currentTraceparent();
        return traceparent == null ? "" : traceparent;
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    public record LearnerState(Map<String, MemoryState> memory, Optional<MasteryState> mastery) {
    }

    /** Every memory and the mastery, in one round trip; a bucket's memory wins over a legacy one of the question. */
    public LearnerState load(String learnerId) {
        List<List<byte[]>> hashes = RawHashes.read(redis, keys.learnerState(learnerId));
        Map<String, MemoryState> memory = new LinkedHashMap<>();
        MasteryState mastery = null;
        List<byte[]> learner = hashes.getFirst();
        for (int i = 0; i < learner.size(); i += 2) {
            String name = text(learner.get(i));
            if (name.startsWith(LEGACY_MEMORY)) {
                memory.put(name.substring(LEGACY_MEMORY.length()), Encoding.legacyMemory(text(learner.get(i + 1))));
            } else if (name.equals(MASTERY)) {
                mastery = Encoding.mastery(text(learner.get(i + 1)));
            }
        }
        for (List<byte[]> bucket : hashes.subList(1, hashes.size())) {
            for (int i = 0; i < bucket.size(); i += 2) {
                memory.put(text(bucket.get(i)), MemoryBytes.decode(bucket.get(i + 1)));
            }
        }
        return new LearnerState(memory, Optional.ofNullable(mastery));
    }

    /** What a study plan needs: the mastery posterior and which questions the learner has answered. */
    public record PlanContext(Optional<MasteryState> mastery, Set<String> answered) {
    }

    /**
     * The mastery posterior and the ids of the answered questions, in one round trip: the memories' field names only,
     * never their values, so a learner with hundreds of memories costs a plan a few kilobytes, not their whole state.
     */
    public PlanContext forPlan(String learnerId) {
        byte[] learner = bytes(keys.learner(learnerId));
        List<Object> replies = redis.executePipelined((RedisCallback<Object>) connection -> {
            connection.hashCommands().hGet(learner, bytes(MASTERY));
            connection.hashCommands().hKeys(learner);
            for (String bucket : keys.memoryBuckets(learnerId)) {
                connection.hashCommands().hKeys(bytes(bucket));
            }
            return null;
        });
        Set<String> answered = new HashSet<>();
        for (Object name : (Set<?>) replies.get(1)) {
            if (name instanceof String field && field.startsWith(LEGACY_MEMORY)) {
                answered.add(field.substring(LEGACY_MEMORY.length()));
            }
        }
        for (Object bucket : replies.subList(2, replies.size())) {
            for (Object questionId : (Set<?>) bucket) {
                answered.add((String) questionId);
            }
        }
        return new PlanContext(Optional.ofNullable((String) replies.get(0)).map(Encoding::mastery), answered);
    }

    /** The mastery posterior alone (field {@code m}), without reading every memory of the learner. */
    public Optional<MasteryState> mastery(String learnerId) {
        Object stored = redis.opsForHash().get(keys.learner(learnerId), MASTERY);
        return Optional.ofNullable(stored).map(value -> Encoding.mastery((String) value));
    }

    public Optional<MemoryState> memory(String learnerId, String questionId) {
        List<byte[]> values = readMemory(learnerId, questionId);
        return Optional.ofNullable(memory(values.get(0), values.get(1)));
    }

    /** The memories of these questions the learner has, in one round trip; a question never answered is left out. */
    public Map<String, MemoryState> memories(String learnerId, List<String> questionIds) {
        List<String> scriptKeys = new ArrayList<>(List.of(keys.learner(learnerId)));
        List<String> fields = new ArrayList<>(2 * questionIds.size());
        for (String questionId : questionIds) {
            scriptKeys.add(keys.memoryBucket(learnerId, questionId));
            fields.add(questionId);
            fields.add(LEGACY_MEMORY + questionId);
        }
        @SuppressWarnings("unchecked")
        List<byte[]> values = (List<byte[]>) redis.execute(READ_MEMORIES, BytesOrText.INSTANCE, BytesOrText.LIST_REPLY,
                scriptKeys, fields.toArray());
        Map<String, MemoryState> memories = new LinkedHashMap<>();
        for (int i = 0; i < questionIds.size(); i++) {
            MemoryState memory = memory(values.get(2 * i), values.get(2 * i + 1));
            if (memory != null) {
                memories.put(questionIds.get(i), memory);
            }
        }
        return memories;
    }

    /** The question's bucket value, its legacy field, then the learner hash's {@code fields}, null where absent. */
    private List<byte[]> readMemory(String learnerId, String questionId, String... fields) {
        List<String> names = new ArrayList<>(List.of(questionId, LEGACY_MEMORY + questionId));
        names.addAll(List.of(fields));
        @SuppressWarnings("unchecked")
        List<byte[]> values = (List<byte[]>) redis.execute(READ_MEMORY, BytesOrText.INSTANCE, BytesOrText.LIST_REPLY,
                List.of(keys.learner(learnerId), keys.memoryBucket(learnerId, questionId)), names.toArray());
        return values;
    }

    private static MemoryState memory(byte[] bucketValue, byte[] legacyValue) {
        if (bucketValue != null) {
            return MemoryBytes.decode(bucketValue);
        }
        return legacyValue == null ? null : Encoding.legacyMemory(text(legacyValue));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] value) {
        return new String(value, StandardCharsets.UTF_8);
    }
}
