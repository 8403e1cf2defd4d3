package io.mlaprep.recommender.learner.web;

import java.time.Instant;

public record MemoryView(String questionId, double stability, double difficulty, int reps, int lapses,
                         Instant lastReview, Instant due, double retrievability) {
}
