package io.mlaprep.analytics.items.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The share of attempts that selected each option, and the share left unanswered. Every attempt, unanswered ones
 * included, is in the denominator, so for a multi-select item the option shares can add up to more than 1.
 *
 * @param byOption   option id to share, in the item's option order
 * @param unanswered share of attempts with nothing selected
 */
public record SelectionRates(Map<String, Double> byOption, double unanswered) {

    public SelectionRates {
        byOption = Collections.unmodifiableMap(new LinkedHashMap<>(byOption));
    }

    public double of(String optionId) {
        Double rate = byOption.get(optionId);
        if (rate == null) {
            throw new IllegalArgumentException("no such option: " + optionId);
        }
        return rate;
    }
}
