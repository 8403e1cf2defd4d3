package io.mlaprep.session.delivery.persistence;

/** The learner's latest answer to a question: version, whether it was right, when (ms). */
public record HistoryEntry(int v, boolean c, long at) {
}
