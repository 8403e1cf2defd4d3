package io.mlaprep.recommender.memory.domain;

/** The whole days to the next review that each answer to one question would schedule: wrong or right, by confidence. */
public record AnswerOutlook(Days wrong, Days right) {

    /** Days by the confidence given with the answer; {@code none} when none is given. */
    public record Days(int none, int low, int medium, int high) {
    }
}
