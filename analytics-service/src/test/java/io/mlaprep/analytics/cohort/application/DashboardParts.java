package io.mlaprep.analytics.cohort.application;

import io.mlaprep.analytics.catalog.persistence.QuestionCatalog;
import io.mlaprep.analytics.cohort.persistence.CohortStore;
import io.mlaprep.analytics.learner.persistence.LearnerViewStore;
import io.mlaprep.analytics.store.OnceGuard;
import java.time.Clock;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The stores a cohort dashboard is computed from, indexed, and its refresher, on one test database. */
record DashboardParts(CohortStore cohorts, LearnerViewStore learners, DashboardRefresher refresher) {

    static DashboardParts on(MongoTemplate mongo, Clock clock) {
        OnceGuard once = new OnceGuard(mongo);
        CohortStore cohorts = new CohortStore(mongo, once);
        cohorts.ensureIndexes();
        LearnerViewStore learners = new LearnerViewStore(mongo, once);
        learners.ensureIndexes();
        return new DashboardParts(cohorts, learners,
                new DashboardRefresher(cohorts, learners, new QuestionCatalog(mongo, once), clock));
    }
}
