package io.mlaprep.session.delivery.persistence;

/** The fixed part of a session, in its hash's {@code meta} field. Times are epoch milliseconds. */
record StoredMeta(String id, String learner, String mode, int count, long started, Long deadline, Integer domain,
                  String task, String notice) {
}
