package io.mlaprep.analytics.cohort.web;

import io.mlaprep.analytics.cohort.application.CohortService;
import io.mlaprep.analytics.cohort.domain.Cohort;
import io.mlaprep.analytics.cohort.domain.Dashboard;
import io.mlaprep.servicedefaults.security.Caller;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts")
public class CohortController {

    private final CohortService cohorts;

    public CohortController(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    public record CreateCohort(String name, LocalDate examDate) {
    }

    public record CohortView(String id, String name, String joinCode, LocalDate examDate, Long learnerCount) {
    }

    public record JoinCohort(String joinCode) {
    }

    public record Joined(String cohortId) {
    }

    @PostMapping
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public ResponseEntity<CohortView> create(Caller caller, @RequestBody CreateCohort request) {
        Cohort cohort = cohorts.create(caller, request.name(), request.examDate());
        return ResponseEntity.created(URI.create("/api/cohorts/" + cohort.id()))
                .body(new CohortView(cohort.id(), cohort.name(), cohort.joinCode(), cohort.examDate(), 0L));
    }

    @PostMapping("/join")
    @PreAuthorize("hasRole('LEARNER')")
    public Joined join(Caller caller, @RequestBody JoinCohort request) {
        return new Joined(cohorts.join(caller, request.joinCode()));
    }

    @GetMapping
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<CohortView> mine(Caller caller) {
        return cohorts.ofInstructor(caller).stream().map(c -> new CohortView(c.id(), c.name(), c.joinCode(),
                c.examDate(), cohorts.memberCount(c.id()))).toList();
    }

    @GetMapping("/{id}/dashboard")
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public Dashboard dashboard(Caller caller, @PathVariable String id) {
        return cohorts.dashboard(caller, id);
    }

    @GetMapping("/{id}/learners/{learnerId}")
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public CohortLearnerView learner(Caller caller, @PathVariable String id, @PathVariable String learnerId) {
        return CohortLearnerView.of(cohorts.learner(caller, id, learnerId));
    }
}
