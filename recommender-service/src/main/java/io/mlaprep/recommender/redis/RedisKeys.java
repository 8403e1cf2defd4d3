package io.mlaprep.recommender.redis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Redis key schema, shared by every store of the service (learners, catalogue, experiments). The hash tag
 * {@code {s<shard>}} (shard = hash(learnerId) mod shards) puts a learner's state and their shard's outbox in one
 * Redis Cluster slot, so one script writes both.
 *
 * <p>A learner's FSRS memories are spread over {@value #MEMORY_BUCKETS} bucket hashes beside the learner hash, field
 * the bare question id, value a binary form of about 20 bytes (see {@code MemoryBytes}): so each bucket stays a
 * listpack (Redis 7 keeps a hash one while it has at most 128 fields of at most 64 bytes each), about 41 bytes per
 * memory where one hash of 600 text fields was a hashtable at about 115. A bucket outgrows its listpack only past
 * 128 memories, about 1,700 answered questions; it then still works, just bigger. The bucket of a question is
 * CRC-32 of its id's UTF-8 bytes mod {@value #MEMORY_BUCKETS}, so tools outside Java can find it.
 * <pre>
 * rec:{s3}:l:&lt;learnerId&gt;   HASH  m -&gt; mastery posterior (12 means; 78 covariances; 12 counts; last answer ms)
 *                              _o:&lt;topic-partition&gt; -&gt; last Kafka offset applied
 *                              q:&lt;questionId&gt; -&gt; FSRS memory stored before the buckets, as text
 *                              "stability|difficulty|reps|lapses|lastMs|dueMs": still read (a bucket's memory of the
 *                              same question wins), deleted when an answer writes the question's memory to its bucket
 * rec:{s3}:l:&lt;learnerId&gt;:q&lt;b&gt;  HASH  questionId -&gt; FSRS memory (binary), b = 0..15 (see above)
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

    /** Fixed: a learner's memories are found by it, so changing it would lose them. */
    public static final int MEMORY_BUCKETS = 16;

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

    /** The bucket hash that holds the learner's FSRS memory of the question. */
    public String memoryBucket(String learnerId, String questionId) {
        CRC32 crc = new CRC32();
        crc.update(questionId.getBytes(StandardCharsets.UTF_8));
        return memoryBucket(learnerId, (int) (crc.getValue() % MEMORY_BUCKETS));
    }

    /** All of the learner's memory buckets, bucket 0 first. */
    public List<String> memoryBuckets(String learnerId) {
        List<String> buckets = new ArrayList<>(MEMORY_BUCKETS);
        for (int bucket = 0; bucket < MEMORY_BUCKETS; bucket++) {
            buckets.add(memoryBucket(learnerId, bucket));
        }
        return buckets;
    }

    /** Every key that holds the learner's own state: the learner hash, then the memory buckets. */
    public List<String> learnerState(String learnerId) {
        List<String> all = new ArrayList<>(MEMORY_BUCKETS + 1);
        all.add(learner(learnerId));
        all.addAll(memoryBuckets(learnerId));
        return all;
    }

    private String memoryBucket(String learnerId, int bucket) {
        return learner(learnerId) + ":q" + bucket;
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
