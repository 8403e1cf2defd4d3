package io.mlaprep.bench;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The drill load's requests, and the parts of the stack each one needs to succeed: a failure while none of them was
 * down on purpose is one a learner should not have seen. Every request passes the gateway; session requests read the
 * item's content from question-service; Redis holds sessions and the recommender's state; analytics' store (the
 * MongoDB wire server) lives in the launcher and is never taken away.
 */
final class FaultRequests {

    static final String START_PRACTICE = "POST /api/sessions PRACTICE";
    static final String START_ADAPTIVE = "POST /api/sessions ADAPTIVE";
    static final String START_EXAM = "POST /api/sessions EXAM";
    static final String ITEM = "GET /api/sessions/{id}/items/{n}";
    static final String ANSWER = "PUT /api/sessions/{id}/items/{n}/response";
    static final String FINISH = "POST /api/sessions/{id}/finish";
    static final String RECOMMENDATIONS = "GET /api/recommendations";
    static final String DASHBOARD = "GET /api/analytics/me";

    private static final Set<StackPart> SESSIONS = EnumSet.of(StackPart.GATEWAY, StackPart.SESSION, StackPart.QUESTION,
            StackPart.REDIS);
    private static final Map<String, Set<StackPart>> NEEDS = Map.of(
            START_PRACTICE, SESSIONS,
            START_ADAPTIVE, SESSIONS,
            START_EXAM, SESSIONS,
            ITEM, SESSIONS,
            ANSWER, SESSIONS,
            FINISH, SESSIONS,
            RECOMMENDATIONS, EnumSet.of(StackPart.GATEWAY, StackPart.RECOMMENDER, StackPart.REDIS),
            DASHBOARD, EnumSet.of(StackPart.GATEWAY, StackPart.ANALYTICS));

    private FaultRequests() {
    }

    static Set<StackPart> needs(String request) {
        Set<StackPart> needs = NEEDS.get(request);
        if (needs == null) {
            throw new IllegalArgumentException("unknown request " + request);
        }
        return needs;
    }
}
