package io.mlaprep.analytics.ingest.application;

import io.mlaprep.analytics.cohort.application.StaleDashboards;
import io.mlaprep.analytics.cohort.persistence.CohortStore;
import io.mlaprep.analytics.items.persistence.ExamAttemptStore;
import io.mlaprep.analytics.learner.persistence.LearnerViewStore;
import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.LearnerModelChanged;
import io.mlaprep.contracts.SessionCompleted;
import io.mlaprep.servicedefaults.inbound.Delivered;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * What learners' events change in analytics' views: the learner's own view, their cohorts' item tallies and
 * dashboards, and exam sheets for item statistics. Events arrive here once each (the inbound gate drops
 * copies); every write is keyed or offset-guarded, so a redelivery after a crash at any point completes what
 * was not done and repeats nothing.
 */
@Service
public class ProgressIngest {

    private static final String EXAM = "EXAM";

    private final LearnerViewStore learners;
    private final CohortStore cohorts;
    private final ExamAttemptStore exams;
    private final StaleDashboards dashboards;

    public ProgressIngest(LearnerViewStore learners, CohortStore cohorts, ExamAttemptStore exams,
                          StaleDashboards dashboards) {
        this.learners = learners;
        this.cohorts = cohorts;
        this.exams = exams;
        this.dashboards = dashboards;
    }

    /**
     * Each answer counts once in the learner's view, in each of their cohorts' item tallies, and (exams) on the
     * exam's sheet. An omitted exam item is counted apart in the learner's view and is no attempt at the item.
     */
    public void answers(List<Delivered<AnswerSubmitted>> answers) {
        Map<String, List<String>> cohortsOfLearner = learners.countAnswers(answers);
        List<CohortStore.CohortAnswer> cohortAnswers = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        for (Delivered<AnswerSubmitted> answer : answers) {
            if (answer.event().omitted()) {
                continue;
            }
            for (String cohortId : cohortsOfLearner.getOrDefault(answer.event().learnerId(), List.of())) {
                cohortAnswers.add(new CohortStore.CohortAnswer(cohortId, answer.event().questionId(),
                        answer.event().correct(), answer.delivery()));
                touched.add(cohortId);
            }
        }
        cohorts.countAnswers(cohortAnswers);
        dashboards.mark(touched);
        exams.addAnswers(answers.stream().map(Delivered::event).filter(a -> EXAM.equals(a.sessionMode())).toList());
    }

    /** A finished session joins the learner's latest sessions; a finished exam also their exam history, and completes its sheet. */
    public void completed(Delivered<SessionCompleted> completed) {
        learners.addCompletion(completed.event(), completed.delivery());
        if (EXAM.equals(completed.event().mode())) {
            exams.complete(completed.event().sessionId(), completed.event().finishedAt());
        }
    }

    /**
     * The recommender owns the learner model; analytics keeps each learner's newest (by event time) for their
     * view and their cohorts' dashboards. The cohorts are marked even when the model was kept before, so a
     * redelivery after a crash before the mark still marks them.
     */
    public void learnerModels(List<LearnerModelChanged> models) {
        Set<String> touched = new LinkedHashSet<>();
        learners.keepNewest(models).values().forEach(touched::addAll);
        dashboards.mark(touched);
    }
}
