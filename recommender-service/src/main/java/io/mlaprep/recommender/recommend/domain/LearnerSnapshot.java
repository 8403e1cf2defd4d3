package io.mlaprep.recommender.recommend.domain;

import io.mlaprep.recommender.mastery.domain.Mastery;
import io.mlaprep.recommender.memory.domain.MemoryState;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the policy knows about a learner at {@code now}.
 *
 * @param now              the instant recommendations are made for (passed in; the policy never reads a clock)
 * @param memory           FSRS memory state per question answered at least once
 * @param mastery          task and domain masteries at {@code now}
 * @param seenLast24Hours  questions answered in the 24 hours before {@code now} (questions whose memory state was
 *                         last reviewed in that window count as seen too)
 */
public record LearnerSnapshot(Instant now, Map<String, MemoryState> memory, Mastery mastery,
                              Set<String> seenLast24Hours) {

    public LearnerSnapshot {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(mastery, "mastery");
        memory = Map.copyOf(memory);
        seenLast24Hours = Set.copyOf(seenLast24Hours);
    }
}
