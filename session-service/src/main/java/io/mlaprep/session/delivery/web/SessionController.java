package io.mlaprep.session.delivery.web;

import io.mlaprep.servicedefaults.security.Caller;
import io.mlaprep.servicedefaults.web.PageView;
import io.mlaprep.session.delivery.application.NextReviewPreview;
import io.mlaprep.session.delivery.application.ResponseRequest;
import io.mlaprep.session.delivery.application.SessionService;
import io.mlaprep.session.delivery.application.StartRequest;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.delivery.domain.SessionState;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A learner's own sessions (only learners get here: {@link SessionAccess}). Another learner's session id answers 404,
 * as if it did not exist.
 */
@RestController
@RequestMapping("/api/sessions")
public class SessionController {

    private final SessionService sessions;
    private final NextReviewPreview nextReview;
    private final Clock clock;

    public SessionController(SessionService sessions, NextReviewPreview nextReview, Clock clock) {
        this.sessions = sessions;
        this.nextReview = nextReview;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<SessionView> start(Caller caller, @RequestBody StartRequest request) {
        SessionState state = sessions.start(caller.id(), request);
        return ResponseEntity.created(URI.create("/api/sessions/" + state.session().id()))
                .body(SessionView.of(state, clock.instant()));
    }

    @GetMapping
    public PageView<SessionView> list(Caller caller, @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        List<SessionView> items = sessions.list(caller.id(), page, size).stream()
                .map(state -> SessionView.of(state, clock.instant())).toList();
        return PageView.of(items, page, size, sessions.count(caller.id()));
    }

    @GetMapping("/{id}")
    public SessionView get(Caller caller, @PathVariable String id) {
        SessionState state = sessions.get(caller.id(), id);
        return SessionView.of(state, state.result(), clock.instant());
    }

    @GetMapping("/{id}/items/{n}")
    public ItemView item(Caller caller, @PathVariable String id, @PathVariable int n) {
        SessionService.ServedItem served = sessions.item(caller.id(), id, n);
        return ItemView.of(served.item(), served.question());
    }

    @PutMapping("/{id}/items/{n}/response")
    public Object respond(Caller caller, @PathVariable String id, @PathVariable int n,
                          @RequestBody ResponseRequest request) {
        SessionService.ServedItem answered = sessions.respond(caller.id(), id, n, request);
        SessionItem item = answered.item();
        if (answered.session().mode().isExam() || !item.isAnswered()) {
            return new SavedView(true, item.n(), item.isAnswered(), item.flagged());
        }
        return FeedbackView.of(item, answered.question(), nextReview.of(caller.id(), item).orElse(null));
    }

    @PostMapping("/{id}/finish")
    public ResultView finish(Caller caller, @PathVariable String id) {
        return ResultView.of(sessions.finish(caller.id(), id));
    }

    @GetMapping("/{id}/review")
    public ReviewView review(Caller caller, @PathVariable String id) {
        SessionService.Review review = sessions.review(caller.id(), id);
        return new ReviewView(review.session().id(), review.session().mode(), review.session().status(),
                review.items().stream().map(item -> ReviewView.Item.of(item, review.question(item))).toList());
    }
}
