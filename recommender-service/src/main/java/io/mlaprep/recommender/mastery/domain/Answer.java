package io.mlaprep.recommender.mastery.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One answer as the mastery model sees it.
 *
 * @param taskStatement  task statement of the question ("2.3")
 * @param correct        whether the answer was right
 * @param itemDifficulty the author's difficulty prior in logits (−3 easy … 3 hard), or {@code null} if unknown
 * @param occurredAt     event time of the answer
 * @param repeat         whether the learner had answered this item before
 */
public record Answer(String taskStatement, boolean correct, Double itemDifficulty, Instant occurredAt, boolean repeat) {

    /** A first answer to an item. */
    public Answer(String taskStatement, boolean correct, Double itemDifficulty, Instant occurredAt) {
        this(taskStatement, correct, itemDifficulty, occurredAt, false);
    }

    public Answer {
        Objects.requireNonNull(taskStatement, "taskStatement");
        Objects.requireNonNull(occurredAt, "occurredAt");
        TaskIndex.of(taskStatement);
        if (itemDifficulty != null && !Double.isFinite(itemDifficulty)) {
            throw new IllegalArgumentException("itemDifficulty must be finite: " + itemDifficulty);
        }
    }
}
