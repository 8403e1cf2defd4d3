package io.mlaprep.recommender.policy.domain;

import io.mlaprep.recommender.memory.domain.MemoryState;
import java.time.Instant;
import java.util.Locale;

/** The sentence a learner reads about a review that is due: the recommendations and the review queue say the same. */
public final class ReviewExplanation {

    private static final long DAY_MILLIS = 86_400_000L;

    private ReviewExplanation() {
    }

    public static String due(MemoryState memory, double retrievability, Instant now) {
        long days = Math.max(0, Math.floorDiv(now.toEpochMilli() - memory.lastReview().toEpochMilli(), DAY_MILLIS));
        return String.format(Locale.ROOT, "You last reviewed this %d %s ago; recall is down to %d %%.", days,
                days == 1 ? "day" : "days", (int) Math.round(retrievability * 100));
    }
}
