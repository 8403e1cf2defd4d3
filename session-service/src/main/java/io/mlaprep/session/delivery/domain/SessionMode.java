package io.mlaprep.session.delivery.domain;

public enum SessionMode {
    PRACTICE, DRILL, ADAPTIVE, EXAM, REVIEW_MISSED, REVIEW_DUE;

    /** Exams give no feedback until finished, let answers change, and run against a deadline. */
    public boolean isExam() {
        return this == EXAM;
    }
}
