package io.mlaprep.analytics.config;

import io.mlaprep.analytics.catalog.persistence.QuestionCatalog;
import io.mlaprep.analytics.cohort.persistence.CohortStore;
import io.mlaprep.analytics.items.persistence.ExamAttemptStore;
import io.mlaprep.analytics.learner.persistence.LearnerViewStore;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Indexes for every query the service runs. */
@Component
class AnalyticsStartup implements ApplicationRunner {

    private final CohortStore cohorts;
    private final ExamAttemptStore attempts;
    private final LearnerViewStore learners;
    private final QuestionCatalog catalog;

    AnalyticsStartup(CohortStore cohorts, ExamAttemptStore attempts, LearnerViewStore learners,
                     QuestionCatalog catalog) {
        this.cohorts = cohorts;
        this.attempts = attempts;
        this.learners = learners;
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) {
        cohorts.ensureIndexes();
        attempts.ensureIndexes();
        learners.ensureIndexes();
        catalog.ensureIndexes();
    }
}
