package io.mlaprep.servicedefaults.errors;

/** One thing wrong with one field of a request: what the client must fix. */
public record FieldProblem(String field, String message) {
}
