package io.mlaprep.question.transfer;

import java.util.List;

/**
 * The outcome of an import: how many questions were stored, or every invalid entry (by its index in
 * the submitted array) with what is wrong. An import with any invalid entry stores nothing.
 */
public record ImportReport(int received, int imported, List<EntryProblem> errors) {

    public record EntryProblem(int index, String id, String field, String message) {
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
