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
 */
public record Answer(String taskStatement, boolean correct, Double itemDifficulty, Instant occurredAt) {

    public Answer {
        Objects.requireNonNull(taskStatement, "taskStatement");
        Objects.requireNonNull(occurredAt, "occurredAt");
        TaskIndex.of(taskStatement);
        if (itemDifficulty != null && !Double.isFinite(itemDifficulty)) {
            throw new IllegalArgumentException("itemDifficulty must be finite: " + itemDifficulty);
        }
    }
}
