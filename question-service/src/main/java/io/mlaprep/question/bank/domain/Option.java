package io.mlaprep.question.bank.domain;

/** An answer option, an ordering step or a matching prompt, with why it is right or wrong. */
public record Option(String id, String text, String explanation) {
}
