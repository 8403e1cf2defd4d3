package io.mlaprep.contracts;

public enum QuestionType {
    MULTIPLE_CHOICE, MULTIPLE_RESPONSE, ORDERING, MATCHING
}
