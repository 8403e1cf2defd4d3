package io.mlaprep.recommender.simulation;

import io.mlaprep.recommender.mastery.domain.Answer;
import io.mlaprep.recommender.mastery.domain.Mastery;
import io.mlaprep.recommender.mastery.domain.MasteryModel;
import io.mlaprep.recommender.mastery.domain.MasteryState;
import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.recommender.memory.domain.Grade;
import io.mlaprep.recommender.memory.domain.MemoryState;
import io.mlaprep.recommender.readiness.domain.Readiness;
import io.mlaprep.recommender.readiness.domain.ReadinessModel;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The service's view of one synthetic learner, built only from the learner's answers (never from the truth). */
final class LearnerModel {

    private final MasteryModel masteryModel;
    private final Fsrs fsrs;
    private final boolean guessing;
    private MasteryState mastery;
    private final Map<String, MemoryState> memory = new HashMap<>();
    private final Map<String, int[]> outcomes = new HashMap<>();

    LearnerModel(MasteryModel masteryModel, Fsrs fsrs, boolean guessing) {
        this.masteryModel = masteryModel;
        this.fsrs = fsrs;
        this.guessing = guessing;
        this.mastery = masteryModel.initial();
    }

    void answered(SimCatalogue.Item item, boolean correct, Instant at) {
        Double difficulty = item.visible().itemDifficulty();
        MemoryState itemMemory = memory.get(item.questionId());
        double recall = itemMemory == null ? 0 : fsrs.retrievability(itemMemory, at);
        int[] earlier = outcomes.computeIfAbsent(item.questionId(), id -> new int[2]);
        mastery = masteryModel.apply(mastery, new Answer(item.visible().taskStatement(), correct, difficulty, at,
                itemMemory != null, guessing ? item.guessFloor() : 0, recall, earlier[0], earlier[1]));
        earlier[correct ? 0 : 1]++;
        memory.put(item.questionId(), fsrs.review(itemMemory, Grade.fromAnswer(correct, null), at));
    }

    Mastery mastery(Instant now) {
        return masteryModel.mastery(mastery, now);
    }

    double[] passGain(ReadinessModel readiness, Instant now) {
        return readiness.passGainPerAnswer(masteryModel.posterior(mastery, now),
                masteryModel.parameters().practiceEffect());
    }

    double[] information(ReadinessModel readiness, Instant now) {
        return readiness.informationPerAnswer(masteryModel.posterior(mastery, now));
    }

    Readiness readiness(ReadinessModel readiness, Instant now) {
        return readiness.predict(masteryModel.posterior(mastery, now));
    }

    Map<String, MemoryState> memory() {
        return memory;
    }

    boolean seen(String questionId) {
        return memory.containsKey(questionId);
    }

    Set<String> seenSince(Instant since) {
        Set<String> recent = new HashSet<>();
        for (Map.Entry<String, MemoryState> entry : memory.entrySet()) {
            if (entry.getValue().lastReview().isAfter(since)) {
                recent.add(entry.getKey());
            }
        }
        return recent;
    }
}
