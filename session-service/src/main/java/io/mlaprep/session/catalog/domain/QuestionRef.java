package io.mlaprep.session.catalog.domain;

/** A question at one of its versions. */
public record QuestionRef(String id, int version) {
}
