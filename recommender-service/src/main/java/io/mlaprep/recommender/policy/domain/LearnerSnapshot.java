package io.mlaprep.recommender.policy.domain;

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
 * @param passGain what one more answer on each task statement is worth, by {@link io.mlaprep.recommender.mastery
 *                 .domain.TaskIndex} (the expected rise in pass probability over the posterior), or {@code null} to
 *                 rank weak areas by {@code weight × (1 − mastery)} alone
 * @param information what one more answer on each task statement would tell about the exam score (value of
 *                 information), by task index, or {@code null} to explore where there are fewest answers
 * @param examAt   when the learner sits the exam, if they said: a review the schedule would put after it is due now
 *                 if recall on exam day would be below target; or {@code null}
 */
public record LearnerSnapshot(Instant now, Map<String, MemoryState> memory, Mastery mastery, double[] passGain,
                              double[] information, Instant examAt) {

    public LearnerSnapshot {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(mastery, "mastery");
        memory = Map.copyOf(memory);
        passGain = passGain == null ? null : passGain.clone();
        information = information == null ? null : information.clone();
    }

    public LearnerSnapshot(Instant now, Map<String, MemoryState> memory, Mastery mastery) {
        this(now, memory, mastery, null, null, null);
    }
}
