package io.mlaprep.recommender.learner.application;

import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.recommender.memory.domain.Grade;
import io.mlaprep.recommender.memory.domain.MemoryState;

/**
 * A learner's right and wrong answers to one item before the answer being applied, as its stored memory tells: FSRS
 * counts every review ({@code reps}) and every wrong answer after the first ({@code lapses}); whether the first was
 * wrong is stored beside the memory.
 */
record EarlierAnswers(int right, int wrong) {

    static final EarlierAnswers NONE = new EarlierAnswers(0, 0);
    /**
     * Each count stops here: beyond a few dozen answers the item's offset hardly moves, and the model's work per answer
     * stays bounded whatever the stored counts.
     */
    static final int MOST = 50;

    /**
     * Whether the first answer to the item was wrong: as stored, or, for a memory stored before that was recorded
     * and answered once, as its FSRS state shows (a wrong first answer starts at FSRS's own stability and difficulty
     * for {@link Grade#AGAIN}). A memory of several answers stored before cannot tell and counts as a right start.
     *
     * @param memory the item's memory, or {@code null} if the learner never answered it
     */
    static boolean firstAnswerWrong(MemoryState memory, boolean stored, Fsrs fsrs) {
        if (memory == null) {
            return false;
        }
        return stored || memory.reps() == 1 && fsrs.firstReview(Grade.AGAIN, memory.lastReview()).equals(memory);
    }

    /** @param memory the item's memory, or {@code null} if the learner never answered it */
    static EarlierAnswers of(MemoryState memory, boolean firstAnswerWrong) {
        if (memory == null) {
            return NONE;
        }
        // never more than the reviews (in long: lapses may be as large as an int holds), so no count is negative
        long wrong = Math.min(memory.reps(), memory.lapses() + (firstAnswerWrong ? 1L : 0L));
        return new EarlierAnswers((int) Math.min(MOST, memory.reps() - wrong), (int) Math.min(MOST, wrong));
    }
}
