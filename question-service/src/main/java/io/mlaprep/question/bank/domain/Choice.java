package io.mlaprep.question.bank.domain;

/** A right-hand entry of a matching question. */
public record Choice(String id, String text) {
}
