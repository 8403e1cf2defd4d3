package io.mlaprep.recommender.review.application;

import io.mlaprep.recommender.catalog.persistence.CatalogStore;
import io.mlaprep.recommender.learner.persistence.LearnerStore;
import io.mlaprep.recommender.memory.domain.Confidence;
import io.mlaprep.recommender.memory.domain.MemoryState;
import io.mlaprep.recommender.memory.domain.SchedulePreview;
import io.mlaprep.recommender.review.domain.DueQueue;
import java.time.Clock;
import java.time.Instant;
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
}
