package io.mlaprep.analytics.cohort.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.analytics.cohort.domain.Cohort;
import io.mlaprep.analytics.cohort.domain.Dashboard;
import io.mlaprep.analytics.learner.persistence.LearnerViewStore;
import io.mlaprep.analytics.support.Events;
import io.mlaprep.analytics.support.FreshDatabase;
import io.mlaprep.servicedefaults.inbound.Delivered;
import io.mlaprep.servicedefaults.inbound.Delivery;
import io.mlaprep.servicedefaults.security.Caller;
import io.mlaprep.servicedefaults.security.Role;
import io.mlaprep.testsupport.MutableClock;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ConcurrentTaskScheduler;

/**
 * A cohort whose members stop practising marks nothing, yet its dashboard must show it: reading a
 * dashboard past its max age, or from an earlier UTC day, recomputes it. No refresher runs here.
 */
@RealServers(Server.MONGO)
class QuietCohortDashboardIT {

    private static final Caller TEACHER = new Caller("teacher", "Teacher", Set.of(Role.INSTRUCTOR));
    private static final Caller ADA = new Caller("ada", "Ada", Set.of(Role.LEARNER));

    private final MutableClock clock = new MutableClock();
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase("quiet-cohort");
    private LearnerViewStore learners;
    private CohortService service;
    private long offset;

    @BeforeEach
    void service() {
        DashboardParts parts = DashboardParts.on(database.mongo(), clock);
        learners = parts.learners();
        service = new CohortService(parts.cohorts(), learners, parts.refresher(),
                new StaleDashboards(parts.cohorts(), parts.refresher(), refusingEverything(), clock,
                        Duration.ofSeconds(1)), clock, Duration.ofHours(1));
    }

    /** Marks stay marked: no refresh is ever queued. */
    private static TaskScheduler refusingEverything() {
        ScheduledExecutorService stopped = Executors.newSingleThreadScheduledExecutor();
        stopped.shutdown();
        return new ConcurrentTaskScheduler(stopped);
    }

    @Test
    void aMemberWhoStopsPractisingBeforeTheExamIsShownAtRiskWithoutAnyNewEvent() {
        moveClockToNext(LocalTime.NOON);
        Cohort cohort = service.create(TEACHER, "Quiet class", today().plusDays(20));
        service.join(ADA, cohort.joinCode());
        practise();
        assertThat(service.dashboard(TEACHER, cohort.id()).atRisk()).isEmpty();

        clock.advance(Duration.ofDays(7));

        assertThat(service.dashboard(TEACHER, cohort.id()).atRisk()).singleElement()
                .satisfies(ada -> assertThat(ada.reasons()).containsExactly(
                        "Predicted score 650, below 720, with the exam in 13 days", "7 days inactive"));
    }

    @Test
    void aDashboardIsServedAsStoredWithinItsMaxAgeAndRecomputedAfter() {
        moveClockToNext(LocalTime.NOON);
        Cohort cohort = service.create(TEACHER, "Quiet class", null);
        service.dashboard(TEACHER, cohort.id());
        Instant first = service.dashboard(TEACHER, cohort.id()).computedAt();

        clock.advance(Duration.ofMinutes(59));
        assertThat(service.dashboard(TEACHER, cohort.id()).computedAt()).isEqualTo(first);

        clock.advance(Duration.ofMinutes(2));
        assertThat(service.dashboard(TEACHER, cohort.id()).computedAt()).isAfter(first);
    }

    @Test
    void aDashboardFromAnEarlierUtcDayIsRecomputed() {
        moveClockToNext(LocalTime.of(23, 50));
        Cohort cohort = service.create(TEACHER, "Quiet class", null);
        Dashboard lateEvening = service.dashboard(TEACHER, cohort.id());

        clock.advance(Duration.ofMinutes(20));

        assertThat(service.dashboard(TEACHER, cohort.id()).computedAt()).isAfter(lateEvening.computedAt());
    }

    private void practise() {
        Instant now = clock.instant();
        learners.countAnswers(List.of(new Delivered<>(
                Events.answer(ADA.id(), "s", "PRACTICE", 0, "q", "1.1", true, true, now),
                new Delivery("answers", 0, offset++))));
        learners.keepNewest(List.of(Events.model(ADA.id(), 0.8, 650, 0.2, now)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private void moveClockToNext(LocalTime time) {
        Instant target = today().plusDays(1).atTime(time).toInstant(ZoneOffset.UTC);
        clock.advance(Duration.between(clock.instant(), target));
    }
}
