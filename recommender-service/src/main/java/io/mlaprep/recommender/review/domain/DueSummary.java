package io.mlaprep.recommender.review.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * @param dueNow   scheduled at or before now
 * @param dueToday scheduled before the end of today (UTC), the overdue included
 * @param next     each of the days after today, with how many fall due that day (days with none included)
 */
public record DueSummary(int dueNow, int dueToday, List<Day> next) {

    public DueSummary {
        next = List.copyOf(next);
    }

    public record Day(LocalDate date, int count) {
    }
}
