package io.mlaprep.recommender.plan.domain;

/** What a planned day is for. */
public enum DayKind {
    /** Practice aimed at the weak, heavily weighted task statements. */
    STUDY,
    /** Near the exam: mixed practice across all task statements in exam proportions, with due reviews. */
    REVIEW
}
