package io.mlaprep.contracts.internal.questions;

import java.util.List;
import java.util.Map;

/**
 * Items for a blueprint, never one of {@code excludeQuestionIds}.
 *
 * @param seenOldestFirst the items this learner has seen, the one seen longest ago first: unseen items are drawn
 *                        first, then the least recently seen. Ids alone, as the order is all the draw needs: a
 *                        learner's whole history goes with every session start, and with times it cost 2.2 times
 *                        as much CPU at the 5,000-id limit (issue 15)
 * @param seen            the same history as each id with when it was last seen (epoch milliseconds), as session
 *                        services sent it before {@code seenOldestFirst}; read only when that is absent, so that
 *                        the two services can be upgraded one after the other
 * @param countExposure   true for exam simulations: the drawn items' exposure grows, which steers later unscored
 *                        slots toward items with less calibration data
 */
public record DrawRequest(List<DrawSlot> slots, List<String> excludeQuestionIds, List<String> seenOldestFirst,
                          Map<String, Long> seen, boolean countExposure) {

    /** A request with the learner's history as ids, oldest first. */
    public static DrawRequest of(List<DrawSlot> slots, List<String> excludeQuestionIds, List<String> seenOldestFirst,
                                 boolean countExposure) {
        return new DrawRequest(slots, excludeQuestionIds, seenOldestFirst, null, countExposure);
    }
}
