package io.mlaprep.session.support;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Writes a learner's FSRS memory of a question straight into the recommender's Redis hash, so a test can make
 * items due without weeks of answers: {@code rec:{s<shard>}:l:<learnerId>}, shard = floorMod(learnerId.hashCode(),
 * 16), field {@code q:<questionId>}, value {@code stability|difficulty|reps|lapses|lastReviewMs|dueMs|eventId}
 * (see the recommender's {@code RedisKeys} and {@code Encoding}). The question must be active in its catalogue.
 */
public final class RecommenderMemory {

    private static final int SHARDS = 16;

    private final StringRedisTemplate redis;

    public RecommenderMemory(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** A memory reviewed once, {@code interval} before it fell (or falls) due at {@code due}. */
    public void scheduled(String learnerId, String questionId, Instant due, Duration interval) {
        String value = (double) interval.toDays() + "|5.0|1|0|" + due.minus(interval).toEpochMilli() + "|"
                + due.toEpochMilli() + "|seeded";
        redis.opsForHash().put(key(learnerId), "q:" + questionId, value);
    }

    private static String key(String learnerId) {
        return "rec:{s" + Math.floorMod(learnerId.hashCode(), SHARDS) + "}:l:" + learnerId;
    }
}
