package io.mlaprep.question.bank.domain;

/** One rule a question breaks, at a JSON path of the question ("options[2].text"). */
public record Violation(String field, String message) {
}
