package io.mlaprep.recommender.recommend.domain;

import io.mlaprep.recommender.mastery.domain.Mastery;
import io.mlaprep.recommender.memory.domain.MemoryState;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the policy knows about a learner at {@code now}.
 *
 * @param now     the instant recommendations are made for (passed in; the policy never reads a clock)
 * @param memory  FSRS memory state per question answered at least once, with the instant of its last review
 * @param mastery task and domain masteries at {@code now}
 */
public record LearnerSnapshot(Instant now, Map<String, MemoryState> memory, Mastery mastery) {

    public LearnerSnapshot {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(mastery, "mastery");
        memory = Map.copyOf(memory);
    }
}
