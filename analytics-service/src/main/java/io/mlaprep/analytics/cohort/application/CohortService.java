package io.mlaprep.analytics.cohort.application;

import io.mlaprep.analytics.cohort.domain.AtRiskRules;
import io.mlaprep.analytics.cohort.domain.Cohort;
import io.mlaprep.analytics.cohort.domain.CohortDashboards;
import io.mlaprep.analytics.cohort.domain.Dashboard;
import io.mlaprep.analytics.cohort.domain.JoinCodes;
import io.mlaprep.analytics.cohort.persistence.CohortStore;
import io.mlaprep.analytics.learner.persistence.LearnerView;
import io.mlaprep.analytics.learner.persistence.LearnerViewStore;
import io.mlaprep.servicedefaults.security.Caller;
import io.mlaprep.servicedefaults.security.Role;
import io.mlaprep.servicedefaults.errors.ConflictException;
import io.mlaprep.servicedefaults.errors.InvalidInputException;
import io.mlaprep.servicedefaults.errors.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Cohorts: instructors create and watch them, learners join them with a code. */
@Service
public class CohortService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CohortStore cohorts;
    private final LearnerViewStore learners;
    private final DashboardRefresher dashboards;
    private final StaleDashboards staleDashboards;
    private final Clock clock;
    private final Duration dashboardMaxAge;

    public CohortService(CohortStore cohorts, LearnerViewStore learners, DashboardRefresher dashboards,
                         StaleDashboards staleDashboards, Clock clock,
                         @Value("${mla.dashboards.max-age}") Duration dashboardMaxAge) {
        this.cohorts = cohorts;
        this.learners = learners;
        this.dashboards = dashboards;
        this.staleDashboards = staleDashboards;
        this.clock = clock;
        this.dashboardMaxAge = dashboardMaxAge;
    }

    public Cohort create(Caller instructor, String name, LocalDate examDate) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 80) {
            throw new InvalidInputException("name", "must be 1 to 80 characters");
        }
        if (examDate != null && examDate.isBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            throw new InvalidInputException("examDate", "must be today or later");
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            Cohort cohort = new Cohort(UUID.randomUUID().toString(), trimmed, instructor.id(), JoinCodes.next(RANDOM),
                    examDate, clock.instant());
            if (cohorts.create(cohort)) {
                return cohort;
            }
        }
        throw new ConflictException("Could not find a free join code; please try again.");
    }

    public String join(Caller learner, String joinCode) {
        String code = JoinCodes.normalize(joinCode);
        if (!JoinCodes.isWellFormed(code)) {
            throw new InvalidInputException("joinCode",
                    "must be the " + JoinCodes.LENGTH + "-character code your instructor shared, like " + JoinCodes.EXAMPLE);
        }
        Cohort cohort = cohorts.findByJoinCode(code)
                .orElseThrow(() -> new NotFoundException("No cohort has the join code " + joinCode + "."));
        cohorts.join(cohort.id(), learner.id(), learner.displayName(), clock.instant());
        learners.joinCohort(learner.id(), cohort.id());
        staleDashboards.mark(List.of(cohort.id()));
        return cohort.id();
    }

    /** By name, so an instructor finds a cohort where they expect it. */
    public List<Cohort> ofInstructor(Caller instructor) {
        return cohorts.ofInstructor(instructor.id()).stream().sorted(Cohort.BY_NAME).toList();
    }

    public long memberCount(String cohortId) {
        return cohorts.memberCount(cohortId);
    }

    /**
     * The owning instructor (or an admin) only; another instructor gets 403, an unknown cohort 404.
     * A dashboard no longer current (see {@link CohortDashboards#isCurrent}) is recomputed first, so a
     * quiet cohort, whose members' events mark nothing, still shows who stopped practising.
     */
    public Dashboard dashboard(Caller caller, String cohortId) {
        Cohort cohort = watched(caller, cohortId);
        return cohorts.dashboard(cohortId)
                .filter(dashboard -> CohortDashboards.isCurrent(dashboard, dashboardMaxAge, clock.instant()))
                .orElseGet(() -> dashboards.refresh(cohort));
    }

    /** One member as their instructor sees them, with the same at-risk rules as the dashboard. */
    public record CohortLearner(CohortStore.Member member, LearnerView view, List<String> reasons) {
    }

    /**
     * Who may watch the cohort may see each member; a learner who is not a member is 404 whether or not
     * they exist elsewhere, so the answer tells nothing about other learners.
     */
    public CohortLearner learner(Caller caller, String cohortId, String learnerId) {
        Cohort cohort = watched(caller, cohortId);
        CohortStore.Member member = cohorts.member(cohortId, learnerId)
                .orElseThrow(() -> new NotFoundException("This cohort has no such learner."));
        LearnerView view = learners.find(learnerId);
        return new CohortLearner(member, view,
                AtRiskRules.reasons(MemberSnapshots.of(view, member.displayName()), cohort.examDate(), clock.instant()));
    }

    private Cohort watched(Caller caller, String cohortId) {
        Cohort cohort = cohorts.find(cohortId)
                .orElseThrow(() -> new NotFoundException("No cohort " + cohortId + "."));
        if (!cohort.instructorId().equals(caller.id()) && !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("not this instructor's cohort");
        }
        return cohort;
    }
}
