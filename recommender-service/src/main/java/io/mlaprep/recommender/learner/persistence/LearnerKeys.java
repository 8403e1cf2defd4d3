package io.mlaprep.recommender.learner.persistence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Redis key schema. The hash tag {@code {s<shard>}} (shard = hash(learnerId) mod shards) puts a
 * learner's state and their shard's outbox in one Redis Cluster slot, so one script writes both.
 * <pre>
 * rec:{s3}:l:&lt;learnerId&gt;   HASH  q:&lt;questionId&gt; -&gt; FSRS memory "stability|difficulty|reps|lapses|lastMs|dueMs|eventId"
 *                              m -&gt; mastery posterior (12 means; 78 covariances; 12 counts; last answer ms)
 *                              _o:&lt;topic-partition&gt; -&gt; last Kafka offset applied
 * rec:{s3}:outbox            STREAM learner-model events waiting for Kafka
 * rec:{s3}:relay-lock        STRING the relay instance that owns the shard's outbox
 * rec:catalog                HASH  questionId -&gt; "version|status|domain|taskStatement|difficulty"
 * </pre>
 */
@Component
public class LearnerKeys {

    private final int shards;

    public LearnerKeys(@Value("${mla.recommender.shards:16}") int shards) {
        this.shards = shards;
    }

    public int shards() {
        return shards;
    }

    public String learner(String learnerId) {
        return tag(Math.floorMod(learnerId.hashCode(), shards)) + ":l:" + learnerId;
    }

    public String outboxOf(String learnerId) {
        return outbox(Math.floorMod(learnerId.hashCode(), shards));
    }

    public String outbox(int shard) {
        return tag(shard) + ":outbox";
    }

    public String relayLock(int shard) {
        return tag(shard) + ":relay-lock";
    }

    public static String catalog() {
        return "rec:catalog";
    }

    private static String tag(int shard) {
        return "rec:{s" + shard + "}";
    }
}
