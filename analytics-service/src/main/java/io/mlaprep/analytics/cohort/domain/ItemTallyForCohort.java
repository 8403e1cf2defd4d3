package io.mlaprep.analytics.cohort.domain;

/** How the cohort did on one question since its members joined. */
public record ItemTallyForCohort(String questionId, long attempts, long correct) {
}
