package io.mlaprep.analytics;

import io.mlaprep.analytics.cohort.persistence.CohortStore;
import io.mlaprep.analytics.items.persistence.ExamAttemptStore;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Indexes for every query the service runs. */
@Component
class AnalyticsStartup implements ApplicationRunner {

    private final CohortStore cohorts;
    private final ExamAttemptStore attempts;

    AnalyticsStartup(CohortStore cohorts, ExamAttemptStore attempts) {
        this.cohorts = cohorts;
        this.attempts = attempts;
    }

    @Override
    public void run(ApplicationArguments args) {
        cohorts.ensureIndexes();
        attempts.ensureIndexes();
    }
}
