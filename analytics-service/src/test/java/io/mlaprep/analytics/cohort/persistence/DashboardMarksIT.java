package io.mlaprep.analytics.cohort.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.analytics.cohort.domain.Cohort;
import io.mlaprep.analytics.store.OnceGuard;
import io.mlaprep.analytics.support.FreshDatabase;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The stale-dashboard marks on a real MongoDB wire server, without the refresher racing the test. */
@RealServers(Server.MONGO)
class DashboardMarksIT {

    @RegisterExtension
    final FreshDatabase database = new FreshDatabase("dashboard-marks");
    private CohortStore cohorts;

    @BeforeEach
    void store() {
        MongoTemplate mongo = database.mongo();
        cohorts = new CohortStore(mongo, new OnceGuard(mongo));
        cohorts.ensureIndexes();
    }

    @Test
    void aChangeDuringARefreshKeepsTheCohortMarked() {
        String cohort = cohort();
        Instant t0 = Instant.parse("2026-11-26T10:00:00Z");
        cohorts.markDirty(List.of(cohort), t0);
        CohortStore.Marked seenByRefresh = only(cohorts.dirty(10));

        cohorts.markDirty(List.of(cohort), t0.plusMillis(5));
        cohorts.clearDirty(seenByRefresh);

        assertThat(cohorts.dirty(10)).extracting(marked -> marked.cohort().id()).containsExactly(cohort);
    }

    @Test
    void aRefreshWithNoChangeSinceClearsTheMarkAndTheNextChangeMarksAgain() {
        String cohort = cohort();
        Instant t0 = Instant.parse("2026-11-26T10:00:00Z");
        cohorts.markDirty(List.of(cohort), t0);
        cohorts.markDirty(List.of(cohort), t0.plusMillis(1));

        cohorts.clearDirty(only(cohorts.dirty(10)));
        assertThat(cohorts.dirty(10)).isEmpty();

        cohorts.markDirty(List.of(cohort), t0.plusSeconds(1));
        assertThat(cohorts.dirty(10)).extracting(marked -> marked.cohort().id()).containsExactly(cohort);
    }

    @Test
    void aStaleRefreshFromAnotherInstanceCannotClearALaterMark() {
        String cohort = cohort();
        Instant t0 = Instant.parse("2026-11-26T10:00:00Z");
        cohorts.markDirty(List.of(cohort), t0);
        CohortStore.Marked seenByA = only(cohorts.dirty(10));
        CohortStore.Marked seenByB = only(cohorts.dirty(10));
        cohorts.clearDirty(seenByB);

        cohorts.markDirty(List.of(cohort), t0.plusSeconds(1));
        cohorts.clearDirty(seenByA);

        assertThat(cohorts.dirty(10)).extracting(marked -> marked.cohort().id()).containsExactly(cohort);
    }

    private String cohort() {
        String id = UUID.randomUUID().toString();
        cohorts.create(new Cohort(id, "Marks", "teacher", id.substring(0, 8), null, Instant.now()));
        return id;
    }

    private static CohortStore.Marked only(List<CohortStore.Marked> marked) {
        assertThat(marked).hasSize(1);
        return marked.getFirst();
    }
}
