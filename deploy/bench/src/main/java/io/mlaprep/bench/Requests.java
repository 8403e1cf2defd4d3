package io.mlaprep.bench;

/** The names the load gives its requests: Gatling's report lists them, and the markdown table picks them out. */
final class Requests {

    static final String SIGN_IN = "sign in";
    static final String JOURNEY_PRACTICE = "journey: POST /api/sessions PRACTICE";
    static final String JOURNEY_EXAM = "journey: POST /api/sessions EXAM";
    static final String JOURNEY_ITEM = "journey: GET item";
    static final String JOURNEY_ANSWER = "journey: PUT response";
    static final String JOURNEY_FINISH = "journey: POST finish";
    static final String RECOMMENDATIONS = "GET /api/recommendations";
    static final String DASHBOARD = "GET /api/analytics/me";
    static final String ANSWERED_THROUGH_CREATE = "answered through: POST /api/sessions";
    static final String ANSWERED_THROUGH_ITEM = "answered through: GET item";
    static final String ANSWERED_THROUGH_ANSWER = "answered through: PUT response";
    static final String ANSWERS_ONLY_CREATE = "answers-only: POST /api/sessions";
    static final String ANSWERS_ONLY_ITEM = "answers-only: GET item";
    static final String ANSWERS_ONLY_ANSWER = "answers-only: PUT response";
    static final String BLUEPRINT_VIA_GATEWAY = "GET /api/blueprint via gateway";
    static final String BLUEPRINT_DIRECT = "GET /api/blueprint direct to question-service";

    private Requests() {
    }
}
