package io.mlaprep.analytics.cohort.application;

import io.mlaprep.analytics.catalog.persistence.QuestionCatalog;
import io.mlaprep.analytics.cohort.domain.Cohort;
import io.mlaprep.analytics.cohort.domain.CohortDashboards;
import io.mlaprep.analytics.cohort.domain.Dashboard;
import io.mlaprep.analytics.cohort.domain.ItemTallyForCohort;
import io.mlaprep.analytics.cohort.domain.MemberSnapshot;
import io.mlaprep.analytics.cohort.persistence.CohortStore;
import io.mlaprep.analytics.learner.persistence.LearnerView;
import io.mlaprep.analytics.learner.persistence.LearnerViewStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps cohort dashboards precomputed: a change to a member's view marks their cohorts
 * ({@link StaleDashboards}), and this recomputes the marked ones, so a dashboard read is one document however
 * big the cohort.
 */
@Component
public class DashboardRefresher {

    private static final Logger log = LoggerFactory.getLogger(DashboardRefresher.class);
    private static final int BATCH = 1_000;
    private static final int MARKED_BATCH = 50;

    private final CohortStore cohorts;
    private final LearnerViewStore learners;
    private final QuestionCatalog catalog;
    private final Clock clock;

    public DashboardRefresher(CohortStore cohorts, LearnerViewStore learners, QuestionCatalog catalog, Clock clock) {
        this.cohorts = cohorts;
        this.learners = learners;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Refreshes up to a batch of marked cohorts; whether marks are left (a full batch, or a refresh failed). */
    public boolean refreshMarked() {
        List<CohortStore.Marked> batch = cohorts.dirty(MARKED_BATCH);
        boolean left = batch.size() == MARKED_BATCH;
        for (CohortStore.Marked marked : batch) {
            try {
                refresh(marked.cohort());
                cohorts.clearDirty(marked);
            } catch (RuntimeException e) {
                left = true;
                log.warn("dashboard of cohort {} not refreshed yet: {}", marked.cohort().id(), e.toString());
            }
        }
        return left;
    }

    public Dashboard refresh(Cohort cohort) {
        List<CohortStore.Member> members = cohorts.members(cohort.id());
        Map<String, String> names = members.stream()
                .collect(Collectors.toMap(CohortStore.Member::learnerId, CohortStore.Member::displayName, (a, b) -> a));
        List<MemberSnapshot> snapshots = new ArrayList<>(members.size());
        List<String> ids = new ArrayList<>(names.keySet());
        for (int from = 0; from < ids.size(); from += BATCH) {
            for (LearnerView view : learners.findSummaries(ids.subList(from, Math.min(ids.size(), from + BATCH)))) {
                snapshots.add(MemberSnapshots.of(view, names.get(view.learnerId())));
            }
        }
        List<ItemTallyForCohort> items = cohorts.items(cohort.id());
        Dashboard dashboard = CohortDashboards.compute(snapshots, items,
                catalog.retired(items.stream().map(ItemTallyForCohort::questionId).toList()), cohort.examDate(),
                clock.instant());
        cohorts.saveDashboard(cohort.id(), dashboard);
        return dashboard;
    }
}
