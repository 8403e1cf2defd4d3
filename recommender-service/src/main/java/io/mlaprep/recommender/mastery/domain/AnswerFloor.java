package io.mlaprep.recommender.mastery.domain;

import io.mlaprep.contracts.QuestionType;

/**
 * The chance of a right answer that says nothing about ability: a lucky guess. One in the item's possible responses,
 * for the bank's usual shapes (four options; two of five; an order of four steps; four prompts matched).
 */
public final class AnswerFloor {

    private AnswerFloor() {
    }

    public static double guess(QuestionType type) {
        if (type == null) {
            return 0;
        }
        return switch (type) {
            case MULTIPLE_CHOICE -> 1 / 4.0;
            case MULTIPLE_RESPONSE -> 1 / 10.0;
            case ORDERING, MATCHING -> 1 / 24.0;
        };
    }
}
