package io.mlaprep.session.delivery.domain;

/**
 * The item after a submission. {@code replay} means the same request id was seen before: nothing
 * changes, the stored outcome is returned again and no second event is emitted.
 */
public record Submission(SessionItem item, boolean replay) {
}
