package io.mlaprep.recommender.recommend.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.mlaprep.recommender.catalog.domain.CatalogueItem;
import io.mlaprep.recommender.catalog.persistence.CatalogStore;
import io.mlaprep.recommender.experiment.application.ExperimentService;
import io.mlaprep.recommender.learner.persistence.LearnerStore;
import io.mlaprep.recommender.mastery.domain.AbilityPosterior;
import io.mlaprep.recommender.mastery.domain.Mastery;
import io.mlaprep.recommender.mastery.domain.MasteryModel;
import io.mlaprep.recommender.mastery.domain.TaskIndex;
import io.mlaprep.recommender.plan.domain.StudyPlan;
import io.mlaprep.recommender.plan.domain.StudyPlanner;
import io.mlaprep.recommender.policy.domain.LearnerSnapshot;
import io.mlaprep.recommender.policy.domain.RecommendationPolicy;
import io.mlaprep.recommender.policy.domain.Recommendations;
import io.mlaprep.recommender.readiness.domain.ReadinessModel;
import io.mlaprep.servicedefaults.errors.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Service;

/** What a learner should practise next, and a plan to the exam, from their model and the catalogue. */
@Service
public class RecommendationService {

    private final LearnerStore learners;
    private final CatalogStore catalog;
    private final MasteryModel mastery;
    private final ReadinessModel readiness;
    private final RecommendationPolicy policy;
    private final StudyPlanner planner;
    private final ExperimentService experiments;
    private final Clock clock;
    /** {@code mla_recommendation_seconds}: how long building a learner's recommendations takes. */
    private final Timer recommendations;

    public RecommendationService(LearnerStore learners, CatalogStore catalog, MasteryModel mastery,
                                 ReadinessModel readiness,
                                 RecommendationPolicy policy, StudyPlanner planner, ExperimentService experiments,
                                 Clock clock, MeterRegistry registry) {
        this.learners = learners;
        this.catalog = catalog;
        this.mastery = mastery;
        this.readiness = readiness;
        this.policy = policy;
        this.planner = planner;
        this.experiments = experiments;
        this.clock = clock;
        // a histogram, so the p99 the service is held to can be read from Prometheus
        this.recommendations = Timer.builder("mla.recommendation")
                .description("Building a learner's recommendations, model load and policy included")
                .publishPercentileHistogram().maximumExpectedValue(Duration.ofSeconds(2)).register(registry);
    }

    public Recommendations recommend(String learnerId, int limit) {
        return recommend(learnerId, limit, null);
    }

    /**
     * @param examDate the learner's exam date, if they gave one (after today and within a year): reviews the schedule
     *                 would put after it are pulled before it
     */
    public Recommendations recommend(String learnerId, int limit, LocalDate examDate) {
        return recommendations.record(() -> build(learnerId, limit, examDate));
    }

    private Recommendations build(String learnerId, int limit, LocalDate examDate) {
        Instant now = clock.instant();
        Instant examAt = examDate == null ? null
                : requireExamDate(examDate, LocalDate.ofInstant(now, ZoneOffset.UTC)).atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
        LearnerStore.LearnerState state = learners.load(learnerId);
        AbilityPosterior ability = mastery.posterior(state.mastery().orElseGet(mastery::initial), now);
        LearnerSnapshot snapshot = new LearnerSnapshot(now, state.memory(), Mastery.of(ability),
                readiness.passGainPerAnswer(ability, mastery.parameters().practiceEffect()),
                readiness.informationPerAnswer(ability), examAt);
        // a learner in a running experiment gets their arm's policy
        return experiments.policyFor(learnerId).orElse(policy).recommend(snapshot, catalog.active(), limit);
    }

    /** A plan to an exam after today and within a year, by the service clock in UTC, the zone plan days are in. */
    public StudyPlan plan(String learnerId, LocalDate examDate, int minutesPerDay) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        requireExamDate(examDate, today);
        LearnerStore.PlanContext learner = learners.forPlan(learnerId);
        AbilityPosterior ability = mastery.posterior(learner.mastery().orElseGet(mastery::initial), now);
        List<CatalogueItem> catalogue = catalog.active();
        if (catalogue.isEmpty()) {
            // not synced from the question bank yet: nothing says which questions are left, so none is counted out
            return planner.plan(ability, today, examDate, minutesPerDay);
        }
        int[] unseen = new int[TaskIndex.size()];
        for (CatalogueItem item : catalogue) {
            if (!learner.answered().contains(item.questionId())) {
                unseen[TaskIndex.of(item.taskStatement())]++;
            }
        }
        return planner.plan(ability, unseen, today, examDate, minutesPerDay);
    }

    /** An exam date after today and within a year, by the service clock in UTC, the zone plan days are in. */
    private static LocalDate requireExamDate(LocalDate examDate, LocalDate today) {
        if (!examDate.isAfter(today)) {
            throw new InvalidInputException("examDate", "must be after today");
        }
        if (examDate.isAfter(today.plusYears(1))) {
            throw new InvalidInputException("examDate", "must be within a year");
        }
        return examDate;
    }
}
