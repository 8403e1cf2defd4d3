package io.mlaprep.question.bank.domain;

public enum QuestionStatus {
    ACTIVE,
    /** Never drawn again; its versions stay readable for sessions and history. */
    RETIRED
}
