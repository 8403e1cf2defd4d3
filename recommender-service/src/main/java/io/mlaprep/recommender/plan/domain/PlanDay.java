package io.mlaprep.recommender.plan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of the plan.
 *
 * @param taskStatements questions per task statement, most first
 * @param domains        the domains covered that day, in exam-guide order
 */
public record PlanDay(LocalDate date, DayKind kind, int questions, int minutes, List<TaskAllocation> taskStatements,
                      List<Integer> domains) {

    public PlanDay {
        taskStatements = List.copyOf(taskStatements);
        domains = List.copyOf(domains);
    }
}
