package io.mlaprep.contracts.internal.recommender;

/**
 * recommender-service's internal API, for session-service only (role SERVICE). All are GETs with the
 * learner's id in the path; both sides use these paths and the records of this package.
 */
public final class RecommenderApi {

    /** {@code ?limit=} (1..65): a {@link NextQuestions}. */
    public static final String NEXT_QUESTIONS = "/internal/learners/{learnerId}/next-questions";

    /** {@code ?limit=} (1..65): a {@link DueQuestions}. */
    public static final String DUE_QUESTIONS = "/internal/learners/{learnerId}/due-questions";

    /**
     * {@code ?correct=&answeredAt=} and optionally {@code &confidence=} (LOW, MEDIUM or HIGH): a
     * {@link ReviewPreview}.
     */
    public static final String PREVIEW = "/internal/learners/{learnerId}/memory/{questionId}/preview";

    /** {@code ?questionIds=} (1..65, comma-separated) {@code &at=} (an instant): a {@link ReviewOutlook}. */
    public static final String OUTLOOK = "/internal/learners/{learnerId}/review-outlook";

    private RecommenderApi() {
    }
}
