package io.mlaprep.recommender.experiment.web;

import io.mlaprep.recommender.experiment.application.ExperimentService;
import io.mlaprep.recommender.experiment.domain.Experiment;
import io.mlaprep.recommender.experiment.web.ExperimentViews.ExperimentRequest;
import io.mlaprep.recommender.experiment.web.ExperimentViews.ExperimentView;
import io.mlaprep.recommender.experiment.web.ExperimentViews.ReportView;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Policy experiments: admins start and stop them, admins and instructors read them and their reports. */
@RestController
public class ExperimentController {

    private static final String READERS = "hasAnyRole('ADMIN','INSTRUCTOR')";

    private final ExperimentService experiments;

    public ExperimentController(ExperimentService experiments) {
        this.experiments = experiments;
    }

    @PostMapping("/api/experiments")
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<ExperimentView> start(@RequestBody ExperimentRequest request) {
        Experiment experiment = experiments.create(request.toDefinition());
        return ResponseEntity.created(URI.create("/api/experiments/" + experiment.id()))
                .body(ExperimentView.of(experiment, experiments.learnersPerArm(experiment)));
    }

    @PostMapping("/api/experiments/{id}/stop")
    @PreAuthorize("hasRole('ADMIN')")
    public ExperimentView stop(@PathVariable String id) {
        Experiment stopped = experiments.stop(id);
        return ExperimentView.of(stopped, experiments.learnersPerArm(stopped));
    }

    /** Newest first, each with its arms, split and learners per arm. */
    @GetMapping("/api/experiments")
    @PreAuthorize(READERS)
    public List<ExperimentView> list() {
        return experiments.all().stream()
                .map(experiment -> ExperimentView.of(experiment, experiments.learnersPerArm(experiment))).toList();
    }

    @GetMapping("/api/experiments/{id}")
    @PreAuthorize(READERS)
    public ExperimentView get(@PathVariable String id) {
        Experiment experiment = experiments.get(id);
        return ExperimentView.of(experiment, experiments.learnersPerArm(experiment));
    }

    @GetMapping("/api/experiments/{id}/report")
    @PreAuthorize(READERS)
    public ReportView report(@PathVariable String id) {
        return ReportView.of(experiments.report(id));
    }
}
