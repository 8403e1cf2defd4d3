package io.mlaprep.contracts.internal.recommender;

import java.time.LocalDate;
import java.util.List;

/**
 * When FSRS would schedule each question next for any answer the learner could give to it on the day {@code on}
 * (UTC), from the learner's memory as it is now; nothing changes. Asked once per session, so that feedback needs no
 * call per answer.
 */
public record ReviewOutlook(LocalDate on, List<Item> items) {

    /** One question: the days to its next review after a wrong and after a right answer. */
    public record Item(String questionId, Days wrong, Days right) {
    }

    /**
     * Whole days from the answer to the next review, by the confidence the learner gives with the answer:
     * {@code none} when they give none.
     */
    public record Days(int none, int low, int medium, int high) {
    }
}
