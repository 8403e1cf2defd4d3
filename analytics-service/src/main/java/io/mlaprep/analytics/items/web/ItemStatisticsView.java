package io.mlaprep.analytics.items.web;

import java.util.List;

/**
 * Classical item statistics from exam simulations (scored and unscored pretest items alike).
 * {@code discrimination} is the point-biserial correlation of the item score with the rest of the exam.
 */
public record ItemStatisticsView(String questionId, long attempts, Double facility, Double discrimination,
                                 List<OptionRate> optionRates, Double unansweredRate, List<String> flags) {

    public record OptionRate(String optionId, double rate, boolean key) {
    }
}
