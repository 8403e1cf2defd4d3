package io.mlaprep.contracts.internal.questions;

import java.util.List;
import java.util.Map;

/**
 * Items for a blueprint, never one of {@code excludeQuestionIds}.
 *
 * @param seen          the items this learner has seen, with when they last saw each (epoch
 *                      milliseconds): unseen items are drawn first, then the least recently seen
 * @param countExposure true for exam simulations: the drawn items' exposure grows, which steers
 *                      later unscored slots toward items with less calibration data
 */
public record DrawRequest(List<DrawSlot> slots, List<String> excludeQuestionIds, Map<String, Long> seen,
                          boolean countExposure) {
}
