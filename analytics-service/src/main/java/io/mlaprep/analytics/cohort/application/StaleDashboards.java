package io.mlaprep.analytics.cohort.application;

import io.mlaprep.analytics.cohort.persistence.CohortStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks cohorts' dashboards stale and has them recomputed soon: a mark made here queues a refresh, at most one
 * per {@code mla.dashboards.refresh-interval}, so a dashboard is fresh within about that time of the events. A
 * sweep every {@code mla.dashboards.sweep-interval} refreshes what was marked elsewhere (another instance that
 * stopped before its refresh) or left marked by a failed refresh. An idle service therefore reads its store once
 * a sweep, not once a refresh interval.
 */
@Component
public class StaleDashboards {

    private final CohortStore cohorts;
    private final DashboardRefresher refresher;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final Duration refreshInterval;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile long lastRefreshNanos = System.nanoTime() - Long.MAX_VALUE / 2;

    public StaleDashboards(CohortStore cohorts, DashboardRefresher refresher, TaskScheduler scheduler, Clock clock,
                           @Value("${mla.dashboards.refresh-interval}") Duration refreshInterval) {
        this.cohorts = cohorts;
        this.refresher = refresher;
        this.scheduler = scheduler;
        this.clock = clock;
        this.refreshInterval = refreshInterval;
    }

    public void mark(Collection<String> cohortIds) {
        if (!cohortIds.isEmpty()) {
            cohorts.markDirty(cohortIds, clock.instant());
            queueRefresh();
        }
    }

    @Scheduled(fixedDelayString = "${mla.dashboards.sweep-interval}")
    public void sweep() {
        queueRefresh();
    }

    private void queueRefresh() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        long waitNanos = Math.max(0, lastRefreshNanos + refreshInterval.toNanos() - System.nanoTime());
        try {
            scheduler.schedule(this::refresh, Instant.now().plusNanos(waitNanos));
        } catch (TaskRejectedException e) {
            queued.set(false); // shutting down: the marks stay for the next start's sweep
        }
    }

    /** One at a time; a mark made while this runs queues the next refresh, as does a batch that left marks behind. */
    private synchronized void refresh() {
        queued.set(false);
        lastRefreshNanos = System.nanoTime();
        if (refresher.refreshMarked()) {
            queueRefresh();
        }
    }
}
