package io.mlaprep.recommender.redis;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Redis key schema, shared by every store of the service (learners, catalogue, experiments). The hash tag
 * {@code {s<shard>}} (shard = hash(learnerId) mod shards) puts a learner's state and their shard's outbox in one
 * Redis Cluster slot, so one script writes both.
 * <pre>
 * rec:{s3}:l:&lt;learnerId&gt;   HASH  q:&lt;questionId&gt; -&gt; FSRS memory "stability|difficulty|reps|lapses|lastMs|dueMs"
 *                              m -&gt; mastery posterior (12 means; 78 covariances; 12 counts; last answer ms)
 *                              _o:&lt;topic-partition&gt; -&gt; last Kafka offset applied
 * rec:{s3}:outbox            STREAM learner-model events waiting for Kafka
 * rec:{s3}:relay-lock        STRING the relay instance that owns the shard's outbox
 * rec:claim:&lt;eventId&gt;       STRING where the event was first delivered ("topic-partition@offset"), kept
 *                              mla.inbound.claim-ttl: the inbound gate drops a copy delivered elsewhere
 * rec:catalog                HASH  questionId -&gt; "version|status|domain|taskStatement|difficulty"
 * rec:{s3}:x:&lt;experimentId&gt; HASH  the experiment's learners of the shard (see {@link #experiment}):
 *                              a:&lt;learnerId&gt; -&gt; arm (stored at the first answer, never changed)
 *                              n:&lt;learnerId&gt; -&gt; answers since assignment
 *                              r:&lt;learnerId&gt; -&gt; the answer at which readiness first reached 0.8
 *                              d:&lt;learnerId&gt;, c:&lt;learnerId&gt; -&gt; due reviews answered, of them recalled
 *                              e:&lt;learnerId&gt;:&lt;eventId&gt; -&gt; a mock-exam scaled score
 *                              #:&lt;arm&gt; -&gt; learners of the shard in the arm
 * rec:{x}:experiments        HASH  experimentId -&gt; experiment definition and status (JSON)
 * rec:{x}:active             STRING the id of the one active experiment, absent when none is
 * </pre>
 */
@Component
public class RedisKeys {

    private final int shards;

    public RedisKeys(@Value("${mla.recommender.shards}") int shards) {
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

    /** A learner's entry in an experiment sits in their own shard, so one script updates it with their model. */
    public String experimentOf(String experimentId, String learnerId) {
        return experiment(experimentId, Math.floorMod(learnerId.hashCode(), shards));
    }

    public String experiment(String experimentId, int shard) {
        return tag(shard) + ":x:" + experimentId;
    }

    /** Both experiment keys share one hash tag, so one script changes them together. */
    public static String experiments() {
        return "rec:{x}:experiments";
    }

    public static String activeExperiment() {
        return "rec:{x}:active";
    }

    /** Each inbound event's claim is this prefix and its id (see service-defaults' RedisEventClaims). */
    public static String claimPrefix() {
        return "rec:claim:";
    }

    public static String catalog() {
        return "rec:catalog";
    }

    private static String tag(int shard) {
        return "rec:{s" + shard + "}";
    }
}
