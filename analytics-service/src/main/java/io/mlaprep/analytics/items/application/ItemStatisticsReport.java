package io.mlaprep.analytics.items.application;

import java.util.List;

/**
 * Classical item statistics from exam simulations (scored and unscored pretest items alike).
 * {@code discrimination} is the point-biserial correlation of the item score with the rest of the exam.
 * {@code omitted} counts the exam encounters left unanswered, which are not attempts;
 * {@code unansweredRate} is their share of all encounters.
 */
public record ItemStatisticsReport(String questionId, long attempts, Double facility, Double discrimination,
                                 List<OptionRate> optionRates, long omitted, Double unansweredRate,
                                 List<String> flags) {

    public record OptionRate(String optionId, double rate, boolean key) {
    }
}
