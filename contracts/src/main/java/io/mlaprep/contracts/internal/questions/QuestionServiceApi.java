package io.mlaprep.contracts.internal.questions;

/**
 * question-service's internal API, for other services only (role SERVICE). Both sides use these paths and the
 * records of this package, so a field renamed on one side is renamed on the other.
 */
public final class QuestionServiceApi {

    /** POST a {@link DrawRequest}, answered with a {@link DrawResponse}. */
    public static final String DRAWS = "/internal/draws";

    /** POST a {@link LookupRequest}, answered with a {@link LookupResponse}. */
    public static final String LOOKUP = "/internal/questions/lookup";

    private QuestionServiceApi() {
    }
}
