package io.mlaprep.analytics.cohort.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

public record Cohort(String id, String name, String instructorId, String joinCode, LocalDate examDate,
                     Instant createdAt) {

    /** Case aside, then exactly, then by id, so the order never depends on how they were stored. */
    public static final Comparator<Cohort> BY_NAME = Comparator.comparing(Cohort::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Cohort::name).thenComparing(Cohort::id);
}
