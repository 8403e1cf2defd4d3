package io.mlaprep.session.delivery.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param shards        how many Redis hash-tag shards learners are spread over (each has its own
 *                      outbox stream and deadlines zset); changing it moves learners to other keys
 * @param openTtl       how long an unfinished session is kept
 * @param finishedTtl   how long a finished session stays for review
 * @param examDuration  the exam simulation's time limit
 * @param sweepInterval how often exams past their deadline are looked for
 * @param seen          how much of what each learner has seen is remembered, for unseen-first draws
 */
@ConfigurationProperties("mla.sessions")
public record SessionSettings(int shards, Duration openTtl, Duration finishedTtl, Duration examDuration,
                              Duration sweepInterval, int defaultSize, int maxSize, Seen seen) {

    /**
     * @param limit the most recently seen items kept per learner (older ones count as unseen again)
     * @param ttl   how long the record outlives the learner's last session
     */
    public record Seen(int limit, Duration ttl) {
    }
}
