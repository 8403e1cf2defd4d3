package io.mlaprep.session.delivery.persistence;

/**
 * The Redis key schema. Every key carries a hash tag {@code {s<shard>}} with the learner's shard, so
 * one learner's session, history and the shard's outbox live in one Redis Cluster slot and a single
 * Lua script can write them together.
 * <pre>
 * ss:{s7}:s:&lt;sessionId&gt;            HASH  meta (json), status, rev; while open i:&lt;n&gt; (item json) and
 *                                      shown:&lt;n&gt; (epoch ms); once finished finishedAt, result (json) and
 *                                      z (every item, see {@link FinishedItems})   ttl: days
 * ss:{s7}:l:&lt;learnerId&gt;:sessions   ZSET  sessionId by start time (ms)   ttl: at least its sessions
 * ss:{s7}:l:&lt;learnerId&gt;:history    HASH  questionId -&gt; latest answer (json); kept for REVIEW_MISSED
 * ss:{s7}:l:&lt;learnerId&gt;:open-exam  STRING the id of the learner's open exam (at most one)   ttl: as the session
 * ss:{s7}:l:&lt;learnerId&gt;:seen       ZSET  questionId by when a session last served it (ms), the newest
 *                                      mla.sessions.seen.limit kept; for unseen-first draws   ttl: a year
 * ss:{s7}:outbox                      STREAM events waiting for Kafka: t (topic), k (key), v (json),
 *                                      r (request id, may be empty)
 * ss:{s7}:deadlines                   ZSET  "learnerId sessionId" of open exams by deadline (ms)
 * ss:{s7}:relay-lock                  STRING the relay instance that owns the shard's outbox
 * </pre>
 */
public class SessionKeys {

    private final int shards;

    public SessionKeys(int shards) {
        this.shards = shards;
    }

    public int shards() {
        return shards;
    }

    public int shardOf(String learnerId) {
        return Math.floorMod(learnerId.hashCode(), shards);
    }

    public String session(String learnerId, String sessionId) {
        return tag(shardOf(learnerId)) + ":s:" + sessionId;
    }

    public String learnerSessions(String learnerId) {
        return tag(shardOf(learnerId)) + ":l:" + learnerId + ":sessions";
    }

    public String history(String learnerId) {
        return tag(shardOf(learnerId)) + ":l:" + learnerId + ":history";
    }

    public String examInProgress(String learnerId) {
        return tag(shardOf(learnerId)) + ":l:" + learnerId + ":open-exam";
    }

    public String seen(String learnerId) {
        return tag(shardOf(learnerId)) + ":l:" + learnerId + ":seen";
    }

    public String outbox(int shard) {
        return tag(shard) + ":outbox";
    }

    public String outboxOf(String learnerId) {
        return outbox(shardOf(learnerId));
    }

    public String deadlines(int shard) {
        return tag(shard) + ":deadlines";
    }

    public String deadlinesOf(String learnerId) {
        return deadlines(shardOf(learnerId));
    }

    public String relayLock(int shard) {
        return tag(shard) + ":relay-lock";
    }

    public static String deadlineMember(String learnerId, String sessionId) {
        return learnerId + " " + sessionId;
    }

    /** The inverse of {@link #deadlineMember}. */
    public static OpenExam openExam(String deadlineMember) {
        String[] parts = deadlineMember.split(" ", 2);
        return new OpenExam(parts[0], parts[1]);
    }

    private static String tag(int shard) {
        return "ss:{s" + shard + "}";
    }
}
