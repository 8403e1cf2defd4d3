package io.mlaprep.recommender.review.web;

import io.mlaprep.contracts.internal.recommender.DueQuestions;
import io.mlaprep.contracts.internal.recommender.RecommenderApi;
import io.mlaprep.contracts.internal.recommender.ReviewOutlook;
import io.mlaprep.contracts.internal.recommender.ReviewPreview;
import io.mlaprep.recommender.memory.domain.AnswerOutlook;
import io.mlaprep.recommender.memory.domain.Confidence;
import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.recommender.memory.domain.MemoryState;
import io.mlaprep.recommender.review.application.ReviewService;
import io.mlaprep.recommender.review.domain.DueQueue;
import io.mlaprep.recommender.review.domain.DueSummary;
import io.mlaprep.servicedefaults.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The spaced-review queue: counts for the learner, due items and schedule previews for session-service. */
@RestController
public class ReviewController {

    private final ReviewService reviews;
    private final Fsrs fsrs;

    public ReviewController(ReviewService reviews, Fsrs fsrs) {
        this.reviews = reviews;
        this.fsrs = fsrs;
    }

    /** The caller's own queue: due now, due by the end of today (UTC), and per day for the next week. */
    @GetMapping("/api/recommendations/due")
    @PreAuthorize("hasRole('LEARNER')")
    public DueSummary due(Caller caller) {
        return reviews.queue(caller.id()).summary();
    }

    /** For session-service's REVIEW_DUE sessions (role SERVICE): the due items, most overdue first. */
    @GetMapping(RecommenderApi.DUE_QUESTIONS)
    public DueQuestions dueQuestions(@PathVariable String learnerId,
            @RequestParam(defaultValue = "10") @Min(1) @Max(65) int limit) {
        DueQueue queue = reviews.queue(learnerId);
        return new DueQuestions(queue.dueNow(limit, fsrs).stream()
                .map(d -> new DueQuestions.Item(d.questionId(), d.domain(), d.taskStatement(), d.due(),
                        d.retrievability(), d.explanation()))
                .toList(), queue.summary().dueNow(), queue.nextDue().orElse(null));
    }

    /**
     * For session-service's feedback (role SERVICE): when FSRS would schedule the item next after this answer,
     * from the learner's current memory of it, which stays as it is.
     */
    @GetMapping(RecommenderApi.PREVIEW)
    public ReviewPreview preview(@PathVariable String learnerId, @PathVariable String questionId,
            @RequestParam boolean correct, @RequestParam(required = false) Confidence confidence,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant answeredAt) {
        MemoryState after = reviews.preview(learnerId, questionId, correct, confidence, answeredAt);
        return new ReviewPreview(questionId, after.due(), after.scheduledDays(), after.stability(),
                after.difficulty(), after.reps(), after.lapses());
    }

    /**
     * For session-service's feedback (role SERVICE), asked once when a session starts: {@link #preview} for every
     * answer to each of its questions on {@code at}'s day, from the learner's memory as it is then.
     */
    @GetMapping(RecommenderApi.OUTLOOK)
    public ReviewOutlook outlook(@PathVariable String learnerId,
            @RequestParam @Size(min = 1, max = 65) List<String> questionIds,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        return new ReviewOutlook(at.atOffset(ZoneOffset.UTC).toLocalDate(),
                reviews.outlook(learnerId, questionIds, at).entrySet().stream()
                        .map(question -> new ReviewOutlook.Item(question.getKey(), days(question.getValue().wrong()),
                                days(question.getValue().right())))
                        .toList());
    }

    private static ReviewOutlook.Days days(AnswerOutlook.Days days) {
        return new ReviewOutlook.Days(days.none(), days.low(), days.medium(), days.high());
    }
}
