package io.mlaprep.analytics.cohort.domain;

import java.time.Instant;
import java.time.LocalDate;

public record Cohort(String id, String name, String instructorId, String joinCode, LocalDate examDate,
                     Instant createdAt) {
}
