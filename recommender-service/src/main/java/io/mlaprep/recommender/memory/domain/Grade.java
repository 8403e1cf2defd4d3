package io.mlaprep.recommender.memory.domain;

/** FSRS rating of one review, with the numeric value FSRS formulas use (1–4). */
public enum Grade {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int value;

    Grade(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    /**
     * Maps an answer to a grade: wrong is {@link #AGAIN}; right is {@link #HARD} with low confidence,
     * {@link #EASY} with high confidence and {@link #GOOD} with medium or unknown ({@code null}) confidence.
     */
    public static Grade fromAnswer(boolean correct, Confidence confidence) {
        if (!correct) {
            return AGAIN;
        }
        if (confidence == null) {
            return GOOD;
        }
        return switch (confidence) {
            case LOW -> HARD;
            case MEDIUM -> GOOD;
            case HIGH -> EASY;
        };
    }
}
