package io.mlaprep.recommender.plan.domain;

/** Questions planned for one task statement on one day. */
public record TaskAllocation(String taskStatement, int domain, int questions) {
}
