package io.mlaprep.recommender.experiment.application;

import io.mlaprep.recommender.experiment.domain.Arm;
import io.mlaprep.recommender.experiment.domain.ArmAssignment;
import io.mlaprep.recommender.experiment.domain.Experiment;
import io.mlaprep.recommender.experiment.domain.ExperimentDefinition;
import io.mlaprep.recommender.experiment.domain.ExperimentReport;
import io.mlaprep.recommender.experiment.persistence.ExperimentStore;
import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.recommender.policy.domain.PolicyParameters;
import io.mlaprep.recommender.policy.domain.RecommendationPolicy;
import io.mlaprep.servicedefaults.errors.ConflictException;
import io.mlaprep.servicedefaults.errors.FieldProblem;
import io.mlaprep.servicedefaults.errors.InvalidInputException;
import io.mlaprep.servicedefaults.errors.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Policy experiments: at most one runs at a time; a learner is in its arm from their first answer while it runs
 * (see {@link ArmAssignment}) and gets that arm's recommendation policy. The active experiment is read from Redis
 * at most every {@code mla.experiments.refresh}, not on every answer: another instance's start or stop reaches this
 * one within that time.
 */
@Service
public class ExperimentService {

    private final ExperimentStore store;
    private final Fsrs fsrs;
    private final Clock clock;
    private final Duration refresh;
    private final Map<PolicyParameters, RecommendationPolicy> policies = new ConcurrentHashMap<>();
    private volatile Cached cached;

    private record Cached(Optional<Experiment> active, long readAtNanos) {
    }

    /** A learner's place in the running experiment. */
    public record Enrolment(Experiment experiment, Arm arm) {
    }

    public ExperimentService(ExperimentStore store, Fsrs fsrs, Clock clock,
                             @Value("${mla.experiments.refresh}") Duration refresh) {
        this.store = store;
        this.fsrs = fsrs;
        this.clock = clock;
        this.refresh = refresh;
    }

    public Experiment create(ExperimentDefinition definition) {
        List<ExperimentDefinition.Problem> problems = definition.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The experiment definition is invalid.",
                    problems.stream().map(p -> new FieldProblem(p.field(), p.message())).toList());
        }
        Experiment experiment = definition.start(UUID.randomUUID().toString(), clock.instant());
        store.createUnlessOneIsActive(experiment).ifPresent(active -> {
            throw new ConflictException("Experiment " + active + " is active; stop it before starting another.",
                    Map.of("activeExperiment", active));
        });
        cached = new Cached(Optional.of(experiment), System.nanoTime());
        return experiment;
    }

    public Experiment stop(String id) {
        Experiment stopped = get(id).stopped();
        store.stop(stopped);
        cached = null;
        return stopped;
    }

    public Experiment get(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("There is no experiment " + id + "."));
    }

    public List<Experiment> all() {
        return store.all();
    }

    public Map<String, Integer> learnersPerArm(Experiment experiment) {
        return store.learnersPerArm(experiment);
    }

    public ExperimentReport report(String id) {
        Experiment experiment = get(id);
        return ExperimentReport.of(experiment, store.outcomes(id));
    }

    /**
     * The learner's arm in the running experiment: the stored one, or for a learner not assigned yet the one their
     * first answer will store. Empty when no experiment runs.
     */
    public Optional<Enrolment> enrolment(String learnerId) {
        return active().map(experiment -> new Enrolment(experiment, store.storedArm(experiment.id(), learnerId)
                .flatMap(experiment::arm).orElseGet(() -> ArmAssignment.assign(experiment, learnerId))));
    }

    /** The recommendation policy of the learner's arm; empty outside any experiment. */
    public Optional<RecommendationPolicy> policyFor(String learnerId) {
        return enrolment(learnerId).map(enrolment -> policies.computeIfAbsent(
                enrolment.arm().variant().apply(PolicyParameters.defaults()),
                parameters -> new RecommendationPolicy(fsrs, parameters)));
    }

    public Optional<Experiment> active() {
        Cached now = cached;
        if (now == null || System.nanoTime() - now.readAtNanos() >= refresh.toNanos()) {
            now = new Cached(store.active(), System.nanoTime());
            cached = now;
        }
        return now.active();
    }

    /** Records a finished mock exam's score against the learner's arm, if they are in the running experiment. */
    public void recordExamScore(String learnerId, String eventId, int scaledScore) {
        active().ifPresent(experiment -> store.recordExamScore(experiment.id(), learnerId, eventId, scaledScore));
    }
}
