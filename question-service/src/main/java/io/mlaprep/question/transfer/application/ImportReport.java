package io.mlaprep.question.transfer.application;

import java.util.List;

/**
 * The outcome of an import: how many questions were stored, or every invalid entry (by its index in
 * the submitted array) with what is wrong. An import with any invalid entry stores nothing. A stored
 * import lists the answer cues and near-duplicates the bank lint found in it ({@code warnings}).
 */
public record ImportReport(int received, int imported, List<EntryProblem> errors, List<EntryWarning> warnings,
                           int warningCount) {

    /** Warnings listed in a report; {@code warningCount} says how many there were in all. */
    public static final int MAX_WARNINGS = 1_000;

    public ImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings.subList(0, Math.min(MAX_WARNINGS, warnings.size())));
    }

    public static ImportReport rejected(int received, List<EntryProblem> errors) {
        return new ImportReport(received, 0, errors, List.of(), 0);
    }

    public static ImportReport imported(int received, List<EntryWarning> warnings) {
        return new ImportReport(received, received, List.of(), warnings, warnings.size());
    }

    public record EntryProblem(int index, String id, String field, String message) {
    }

    /** @param rule the bank lint's rule, e.g. KEY_LONGEST or NEAR_DUPLICATE */
    public record EntryWarning(int index, String id, String rule, String message) {
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
