package io.mlaprep.recommender.learner.application;

import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.LearnerModelChanged;
import io.mlaprep.contracts.Topics;
import io.mlaprep.recommender.experiment.application.ExperimentService;
import io.mlaprep.recommender.learner.persistence.LearnerStore;
import io.mlaprep.recommender.mastery.domain.AbilityPosterior;
import io.mlaprep.recommender.mastery.domain.Answer;
import io.mlaprep.recommender.mastery.domain.AnswerFloor;
import io.mlaprep.recommender.mastery.domain.Mastery;
import io.mlaprep.recommender.mastery.domain.MasteryModel;
import io.mlaprep.recommender.mastery.domain.MasteryState;
import io.mlaprep.recommender.memory.domain.Confidence;
import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.recommender.memory.domain.MemoryState;
import io.mlaprep.recommender.readiness.domain.Readiness;
import io.mlaprep.recommender.readiness.domain.ReadinessModel;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an answer into the learner's new memory of the question (FSRS-6) and new mastery, and announces
 * the learner model. Computed from the event alone and the learner's prior state, at event time, so
 * replaying the answers rebuilds the same state. While a policy experiment runs, the same write assigns the
 * learner to their arm (at the first answer) and tallies the answer's outcome for the experiment report.
 */
@Service
public class LearnerModelService {

    private final LearnerStore store;
    private final Fsrs fsrs;
    private final MasteryModel mastery;
    private final ReadinessModel readiness;
    private final ExperimentService experiments;
    private final JsonMapper json;

    /** Readiness counts as reached, for the experiment report, at this pass probability. */
    static final double READY = 0.8;

    public LearnerModelService(LearnerStore store, Fsrs fsrs, MasteryModel mastery, ReadinessModel readiness,
                               ExperimentService experiments, JsonMapper json) {
        this.store = store;
        this.fsrs = fsrs;
        this.mastery = mastery;
        this.readiness = readiness;
        this.experiments = experiments;
        this.json = json;
    }

    public void apply(AnswerSubmitted answer, String topicPartition, long offset) {
        if (answer.omitted()) {
            // an exam item left unanswered is no review of the item and no evidence worth weighing: a
            // learner out of time skips what they know too
            return;
        }
        String guard = "_o:" + topicPartition;
        LearnerStore.AnswerContext prior = store.forAnswer(answer.learnerId(), answer.questionId(), guard);
        if (prior.appliedOffset() != null && prior.appliedOffset() >= offset) {
            return; // redelivered after a crash: applied already
        }
        Confidence confidence = answer.confidence() == null ? null : Confidence.valueOf(answer.confidence());
        MemoryState memory = fsrs.answer(prior.memory(), answer.correct(), confidence, answer.occurredAt());
        // how likely the learner still remembered the item (and so perhaps its key) when answering it again
        double recall = prior.memory() == null ? 0 : fsrs.retrievability(prior.memory(), answer.occurredAt());
        boolean firstWrong = EarlierAnswers.firstAnswerWrong(prior.memory(), prior.firstAnswerWrong(), fsrs);
        EarlierAnswers earlier = EarlierAnswers.of(prior.memory(), firstWrong);
        MasteryState next = mastery.apply(prior.mastery() == null ? mastery.initial() : prior.mastery(),
                new Answer(answer.taskStatement(), answer.correct(), answer.itemDifficulty(), answer.occurredAt(),
                        prior.memory() != null, AnswerFloor.guess(answer.questionType()), recall,
                        earlier.right(), earlier.wrong()));
        LearnerModelChanged.DueReview due = prior.memory() == null ? null : dueReview(recall, answer.correct());
        Optional<ExperimentService.Enrolment> enrolment = experiments.enrolment(answer.learnerId());
        AbilityPosterior posterior = mastery.posterior(next, answer.occurredAt());
        Readiness ready = readiness.predict(posterior);
        LearnerStore.ExperimentTally tally = enrolment.map(e -> new LearnerStore.ExperimentTally(e.experiment().id(),
                e.arm().name(), ready.passProbability() >= READY, due != null, due != null && due.recalled()))
                .orElse(null);
        String event = json.writeValueAsString(modelChanged(answer, posterior, ready,
                enrolment.map(e -> new LearnerModelChanged.ExperimentArm(e.experiment().id(), e.arm().name()))
                        .orElse(null), due));
        // this answer is the first when the item has no memory yet; otherwise the first stays what it was
        boolean firstAnswerWrong = prior.memory() == null ? !answer.correct() : firstWrong;
        store.apply(answer.learnerId(), answer.questionId(), memory, firstAnswerWrong, next, guard, offset,
                Topics.LEARNER_MODEL_CHANGED, event, tally);
    }

    /** An item seen before whose recall probability had fallen below FSRS's target retention (0.9) was due. */
    private LearnerModelChanged.DueReview dueReview(double retrievability, boolean correct) {
        return retrievability < fsrs.parameters().requestRetention()
                ? new LearnerModelChanged.DueReview(retrievability, correct) : null;
    }

    private LearnerModelChanged modelChanged(AnswerSubmitted answer, AbilityPosterior posterior, Readiness ready,
                                             LearnerModelChanged.ExperimentArm experiment,
                                             LearnerModelChanged.DueReview due) {
        Mastery now = Mastery.of(posterior);
        return new LearnerModelChanged(UUID.randomUUID(), LearnerModelChanged.SCHEMA_VERSION, answer.occurredAt(),
                answer.learnerId(),
                now.domains().stream().map(d -> new LearnerModelChanged.DomainMastery(d.domain(), d.mastery(), d.low(),
                        d.high())).toList(),
                now.taskStatements().stream().map(t -> new LearnerModelChanged.TaskMastery(t.taskStatement(),
                        t.mastery(), t.low(), t.high())).toList(),
                new LearnerModelChanged.Readiness(ready.predictedScore(), ready.low(), ready.high(),
                        ready.passProbability()), experiment, due);
    }
}
