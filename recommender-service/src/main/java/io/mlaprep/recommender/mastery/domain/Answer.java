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
 * @param floor          chance of a right answer without the ability, a guess ({@link AnswerFloor}); 0 when every
 *                       right answer is taken as knowledge
 * @param recall         for a repeat, the probability that the learner still recalls the item (its FSRS
 *                       retrievability when answered); 0 for a new item or when unknown
 * @param earlierRight   for a repeat, how often the learner answered this item right before (0 when unknown)
 * @param earlierWrong   for a repeat, how often the learner answered this item wrong before (0 when unknown)
 */
public record Answer(String taskStatement, boolean correct, Double itemDifficulty, Instant occurredAt, boolean repeat,
                     double floor, double recall, int earlierRight, int earlierWrong) {

    /** An answer whose earlier outcomes on the item are unknown. */
    public Answer(String taskStatement, boolean correct, Double itemDifficulty, Instant occurredAt, boolean repeat,
                  double floor, double recall) {
        this(taskStatement, correct, itemDifficulty, occurredAt, repeat, floor, recall, 0, 0);
    }

    /** A first answer to an item, with no floor. */
    public Answer(String taskStatement, boolean correct, Double itemDifficulty, Instant occurredAt) {
        this(taskStatement, correct, itemDifficulty, occurredAt, false, 0, 0);
    }

    /** An answer with no floor. */
    public Answer(String taskStatement, boolean correct, Double itemDifficulty, Instant occurredAt, boolean repeat) {
        this(taskStatement, correct, itemDifficulty, occurredAt, repeat, 0, 0);
    }

    /** An answer whose item recall is unknown. */
    public Answer(String taskStatement, boolean correct, Double itemDifficulty, Instant occurredAt, boolean repeat,
                  double floor) {
        this(taskStatement, correct, itemDifficulty, occurredAt, repeat, floor, 0);
    }

    public Answer {
        Objects.requireNonNull(taskStatement, "taskStatement");
        Objects.requireNonNull(occurredAt, "occurredAt");
        TaskIndex.of(taskStatement);
        if (itemDifficulty != null && !Double.isFinite(itemDifficulty)) {
            throw new IllegalArgumentException("itemDifficulty must be finite: " + itemDifficulty);
        }
        if (!(floor >= 0 && floor < 1)) {
            throw new IllegalArgumentException("floor must be in [0, 1): " + floor);
        }
        if (!(recall >= 0 && recall <= 1)) {
            throw new IllegalArgumentException("recall must be in [0, 1]: " + recall);
        }
        if (recall > 0 && !repeat) {
            throw new IllegalArgumentException("only a repeat can be recalled");
        }
        if (earlierRight < 0 || earlierWrong < 0) {
            throw new IllegalArgumentException("earlier answers cannot be negative: " + earlierRight + " right, "
                    + earlierWrong + " wrong");
        }
        if (earlierRight + earlierWrong > 0 && !repeat) {
            throw new IllegalArgumentException("only a repeat has earlier answers");
        }
    }
}
