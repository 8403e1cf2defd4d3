package io.mlaprep.recommender.memory.persistence;

import io.mlaprep.recommender.memory.domain.MemoryState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/**
 * Key {@code rec:{<learnerId>}:mem}, a HASH per learner: questionId -> encoded {@link StoredMemory};
 * {@code _o:<topic-partition>} -> last Kafka offset applied (makes redelivery harmless).
 */
@Repository
public class MemoryStore {

    private static final RedisScript<Long> APPLY = RedisScript.of(new ClassPathResource("scripts/apply-review.lua"),
            Long.class);

    private final StringRedisTemplate redis;

    public MemoryStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public record Entry(MemoryState state, String lastEventId) {
    }

    public Optional<Entry> find(String learnerId, String questionId) {
        Object stored = redis.opsForHash().get(key(learnerId), questionId);
        return Optional.ofNullable(stored).map(value -> {
            StoredMemory memory = StoredMemory.decode((String) value);
            return new Entry(memory.state(), memory.lastEventId());
        });
    }

    /** Every item this learner has reviewed. */
    public Map<String, MemoryState> all(String learnerId) {
        Map<String, MemoryState> states = new LinkedHashMap<>();
        redis.opsForHash().entries(key(learnerId)).forEach((field, value) -> {
            String questionId = (String) field;
            if (!questionId.startsWith("_")) {
                states.put(questionId, StoredMemory.decode((String) value).state());
            }
        });
        return states;
    }

    /** Stores the new state unless this delivery's offset was already applied; true if it was stored. */
    public boolean save(String learnerId, String questionId, MemoryState state, String eventId, String partition,
                        long offset) {
        Long stored = redis.execute(APPLY, List.of(key(learnerId)), questionId,
                new StoredMemory(state, eventId).encode(), "_o:" + partition, Long.toString(offset));
        return stored != null && stored == 1;
    }

    public static String key(String learnerId) {
        return "rec:{" + learnerId + "}:mem";
    }
}
