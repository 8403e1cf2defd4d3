package io.mlaprep.recommender.learner.persistence;

import io.mlaprep.recommender.mastery.domain.MasteryState;
import io.mlaprep.recommender.memory.domain.MemoryState;
import io.mlaprep.recommender.redis.RedisKeys;
import io.mlaprep.servicedefaults.redis.LuaScripts;
import io.mlaprep.servicedefaults.tracing.MessageTracing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/** The learner model in Redis: FSRS memory per question and the mastery posterior, one hash per learner. */
@Repository
public class LearnerStore {

    private static final RedisScript<Long> APPLY = LuaScripts.load("apply-answer.lua", Long.class);
    private static final String MASTERY = "m";

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final MessageTracing tracing;

    public LearnerStore(StringRedisTemplate redis, RedisKeys keys, MessageTracing tracing) {
        this.redis = redis;
        this.keys = keys;
        this.tracing = tracing;
    }

    /** What answering one question needs: its memory, mastery, the guard. */
    public record AnswerContext(MemoryState memory, MasteryState mastery, Long appliedOffset) {
    }

    public AnswerContext forAnswer(String learnerId, String questionId, String guardField) {
        List<Object> values = redis.opsForHash().multiGet(keys.learner(learnerId),
                List.of("q:" + questionId, MASTERY, guardField));
        return new AnswerContext(values.get(0) == null ? null : Encoding.memory((String) values.get(0)),
                values.get(1) == null ? null : Encoding.mastery((String) values.get(1)),
                values.get(2) == null ? null : Long.parseLong((String) values.get(2)));
    }

    /**
     * What one answer adds to the learner's experiment entry: the arm to store unless one is stored already,
     * whether readiness is at 0.8 now, whether the item was due and recalled.
     */
    public record ExperimentTally(String experimentId, String arm, boolean ready, boolean dueReview,
                                  boolean recalled) {
    }

    /**
     * Writes the new memory and mastery with the event announcing them, and the experiment tally if there is
     * one, atomically, unless this offset was applied before. The event continues the trace the thread is in
     * (the answer's consumer span).
     */
    public void apply(String learnerId, String questionId, MemoryState memory, MasteryState mastery,
                      String guardField, long offset, String topic, String eventJson, ExperimentTally tally) {
        List<String> keyList = new ArrayList<>(List.of(keys.learner(learnerId), keys.outboxOf(learnerId)));
        List<String> args = new ArrayList<>(List.of(guardField, Long.toString(offset), "q:" + questionId,
                Encoding.memory(memory), Encoding.mastery(mastery), topic, learnerId, eventJson,
                traceparent()));
        if (tally != null) {
            keyList.add(keys.experimentOf(tally.experimentId(), learnerId));
            args.addAll(List.of(tally.arm(), flag(tally.ready()), flag(tally.dueReview()), flag(tally.recalled())));
        }
        redis.execute(APPLY, keyList, args.toArray());
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

    public LearnerState load(String learnerId) {
        Map<String, MemoryState> memory = new LinkedHashMap<>();
        MasteryState mastery = null;
        for (Map.Entry<Object, Object> field : redis.opsForHash().entries(keys.learner(learnerId)).entrySet()) {
            String name = (String) field.getKey();
            if (name.startsWith("q:")) {
                memory.put(name.substring(2), Encoding.memory((String) field.getValue()));
            } else if (name.equals(MASTERY)) {
                mastery = Encoding.mastery((String) field.getValue());
            }
        }
        return new LearnerState(memory, Optional.ofNullable(mastery));
    }

    /** The mastery posterior alone (field {@code m}), without reading every memory of the learner. */
    public Optional<MasteryState> mastery(String learnerId) {
        Object stored = redis.opsForHash().get(keys.learner(learnerId), MASTERY);
        return Optional.ofNullable(stored).map(value -> Encoding.mastery((String) value));
    }

    public Optional<MemoryState> memory(String learnerId, String questionId) {
        Object stored = redis.opsForHash().get(keys.learner(learnerId), "q:" + questionId);
        return Optional.ofNullable(stored).map(value -> Encoding.memory((String) value));
    }
}
