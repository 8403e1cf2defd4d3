package io.mlaprep.analytics.cohort.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.analytics.cohort.domain.Cohort;
import io.mlaprep.analytics.cohort.persistence.CohortStore;
import io.mlaprep.analytics.support.FreshDatabase;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** When marked dashboards get recomputed: soon after a mark made here, and by the sweep for any other mark. */
@RealServers(Server.MONGO)
class StaleDashboardsIT {

    private static final Duration REFRESH_INTERVAL = Duration.ofMillis(100);

    @RegisterExtension
    final FreshDatabase database = new FreshDatabase("stale-dashboards");
    private CohortStore cohorts;
    private ThreadPoolTaskScheduler scheduler;
    private StaleDashboards stale;

    @BeforeEach
    void dashboards() {
        Clock clock = Clock.systemUTC();
        DashboardParts parts = DashboardParts.on(database.mongo(), clock);
        cohorts = parts.cohorts();
        DashboardRefresher refresher = parts.refresher();
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.initialize();
        stale = new StaleDashboards(cohorts, refresher, scheduler, clock, REFRESH_INTERVAL);
    }

    @AfterEach
    void close() {
        scheduler.shutdown();
    }

    @Test
    void aMarkMadeHereIsRefreshedWithoutWaitingForTheSweep() {
        String cohort = cohort();

        stale.mark(List.of(cohort));

        await().atMost(Duration.ofSeconds(5)).until(() -> cohorts.dashboard(cohort).isPresent());
        assertThat(cohorts.dirty(10)).isEmpty();
    }

    @Test
    void aMarkMadeElsewhereWaitsForTheSweep() throws InterruptedException {
        String cohort = cohort();
        cohorts.markDirty(List.of(cohort), Instant.now());

        Thread.sleep(REFRESH_INTERVAL.multipliedBy(5).toMillis());
        assertThat(cohorts.dashboard(cohort)).isEmpty();

        stale.sweep();
        await().atMost(Duration.ofSeconds(5)).until(() -> cohorts.dashboard(cohort).isPresent());
    }

    @Test
    void marksBeyondOneBatchAreAllRefreshedAfterOneMark() {
        List<String> elsewhere = IntStream.range(0, 120).mapToObj(i -> cohort()).toList();
        cohorts.markDirty(elsewhere, Instant.now());
        String here = cohort();

        stale.mark(List.of(here));

        await().atMost(Duration.ofSeconds(20)).until(() -> cohorts.dirty(10).isEmpty());
        assertThat(elsewhere).allSatisfy(cohort -> assertThat(cohorts.dashboard(cohort)).isPresent());
        assertThat(cohorts.dashboard(here)).isPresent();
    }

    private String cohort() {
        String id = UUID.randomUUID().toString();
        cohorts.create(new Cohort(id, "Class " + id, "teacher", "J-" + id, null,
                Instant.now()));
        return id;
    }
}
