package io.mlaprep.recommender.learner.web;

import io.mlaprep.recommender.learner.persistence.LearnerStore;
import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.recommender.memory.domain.MemoryState;
import io.mlaprep.servicedefaults.security.Caller;
import io.mlaprep.servicedefaults.errors.NotFoundException;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own memory of one question. */
@RestController
public class MemoryController {

    private final LearnerStore learners;
    private final Fsrs fsrs;
    private final Clock clock;

    public MemoryController(LearnerStore learners, Fsrs fsrs, Clock clock) {
        this.learners = learners;
        this.fsrs = fsrs;
        this.clock = clock;
    }

    @GetMapping("/api/recommendations/memory/{questionId}")
    @PreAuthorize("hasRole('LEARNER')")
    public MemoryView memory(Caller caller, @PathVariable String questionId) {
        MemoryState state = learners.memory(caller.id(), questionId)
                .orElseThrow(() -> new NotFoundException("You have not answered question " + questionId + " yet."));
        return new MemoryView(questionId, state.stability(), state.difficulty(), state.reps(), state.lapses(),
                state.lastReview(), state.due(), fsrs.retrievability(state, clock.instant()));
    }
}
