package io.mlaprep.session.delivery.application;

import io.mlaprep.servicedefaults.errors.DependencyUnavailableException;
import io.mlaprep.session.adaptive.client.RecommenderClient;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adaptive sessions take their items from the recommender. When it is down or has nothing yet, the
 * learner keeps practising: a blueprint-weighted set, unseen items first, and the session says so. Every item
 * says why it was chosen: the recommender's explanation, or its domain's exam weight when the plan fell back.
 */
@Component
public class AdaptivePlanner {

    static final String FALLBACK_NOTICE = "Personal recommendations are unavailable right now, so this session "
            + "uses a blueprint-weighted set of questions you have not seen yet.";
    static final String COLD_START_NOTICE = "We do not know your strengths yet, so this session samples every "
            + "exam domain by its weight, starting with questions you have not seen.";
    private static final Logger log = LoggerFactory.getLogger(AdaptivePlanner.class);

    private final RecommenderClient recommender;
    private final SessionPlanner planner;

    public AdaptivePlanner(RecommenderClient recommender, SessionPlanner planner) {
        this.recommender = recommender;
        this.planner = planner;
    }

    /**
     * @param seenOldestFirst what the learner has seen, oldest first; read only when the plan falls back to
     *                        unseen-first
     */
    public SessionPlanner.Plan plan(String learnerId, int size, Supplier<List<String>> seenOldestFirst) {
        List<RecommenderClient.Pick> recommended;
        try {
            recommended = recommender.nextQuestions(learnerId, size);
        } catch (DependencyUnavailableException e) {
            log.warn("adaptive session for {} falls back to blueprint order: {}", learnerId, e.getMessage());
            return planner.unseenFirst(size, seenOldestFirst.get(), FALLBACK_NOTICE);
        }
        SessionPlanner.Plan plan = planner.chosen(recommended);
        return plan.items().isEmpty() ? planner.unseenFirst(size, seenOldestFirst.get(), COLD_START_NOTICE) : plan;
    }
}
