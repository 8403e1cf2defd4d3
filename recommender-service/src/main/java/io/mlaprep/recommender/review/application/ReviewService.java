package io.mlaprep.recommender.review.application;

import io.mlaprep.recommender.catalog.persistence.CatalogStore;
import io.mlaprep.recommender.learner.persistence.LearnerStore;
import io.mlaprep.recommender.memory.domain.AnswerOutlook;
import io.mlaprep.recommender.memory.domain.Confidence;
import io.mlaprep.recommender.memory.domain.MemoryState;
import io.mlaprep.recommender.memory.domain.SchedulePreview;
import io.mlaprep.recommender.review.domain.DueQueue;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The learner's spaced-review queue, and when an answer would schedule an item next. Reads only. */
@Service
public class ReviewService {

    private final LearnerStore learners;
    private final CatalogStore catalog;
    private final SchedulePreview preview;
    private final Clock clock;

    public ReviewService(LearnerStore learners, CatalogStore catalog, SchedulePreview preview, Clock clock) {
        this.learners = learners;
        this.catalog = catalog;
        this.preview = preview;
        this.clock = clock;
    }

    public DueQueue queue(String learnerId) {
        return DueQueue.of(learners.load(learnerId).memory(), catalog.active(), clock.instant());
    }

    /** The item's memory after this answer; the learner's state is not touched (the answer event updates it). */
    public MemoryState preview(String learnerId, String questionId, boolean correct, Confidence confidence,
                               Instant answeredAt) {
        return preview.after(learners.memory(learnerId, questionId).orElse(null), correct, confidence, answeredAt);
    }

    /** {@link SchedulePreview#outlook} of each question, in the order given, from one read of the learner's memory. */
    public Map<String, AnswerOutlook> outlook(String learnerId, List<String> questionIds, Instant at) {
        Map<String, MemoryState> memories = learners.memories(learnerId, questionIds);
        Map<String, AnswerOutlook> outlook = new LinkedHashMap<>();
        questionIds.forEach(questionId -> outlook.put(questionId, preview.outlook(memories.get(questionId), at)));
        return outlook;
    }
}
