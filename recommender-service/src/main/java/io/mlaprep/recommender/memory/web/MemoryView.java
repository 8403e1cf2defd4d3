package io.mlaprep.recommender.memory.web;

import java.time.Instant;

public record MemoryView(String questionId, double stability, double difficulty, int reps, int lapses,
                         Instant lastReview, Instant due, double retrievability) {
}
