package io.mlaprep.question.draw.web;

import io.mlaprep.question.bank.domain.QuestionVersion;
import io.mlaprep.question.bank.persistence.QuestionStore;
import io.mlaprep.question.bank.web.QuestionView;
import io.mlaprep.question.draw.domain.BlueprintDraw;
import io.mlaprep.question.draw.domain.Candidate;
import io.mlaprep.question.draw.domain.Slot;
import io.mlaprep.servicedefaults.web.InvalidInputException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For session-service only (role SERVICE): draws items for a blueprint, and looks up items with
 * their keys by id and version for grading.
 */
@RestController
@RequestMapping("/internal")
public class DrawController {

    private static final int MAX_ITEMS = 200;
    private static final int MAX_SEEN = 20_000;
    private final QuestionStore store;
    private final SecureRandom random = new SecureRandom();

    public DrawController(QuestionStore store) {
        this.store = store;
    }

    @PostMapping("/draws")
    public DrawResponse draw(@RequestBody DrawRequest request) {
        List<Slot> slots = request.slots() == null ? List.of() : request.slots();
        if (slots.isEmpty() || slots.stream().mapToInt(Slot::count).sum() > MAX_ITEMS
                || slots.stream().anyMatch(s -> s.count() < 1)) {
            throw new InvalidInputException("slots", "give 1 to " + MAX_ITEMS + " items in slots of at least 1");
        }
        Set<String> excluded = request.excludeQuestionIds() == null ? Set.of() : Set.copyOf(request.excludeQuestionIds());
        Map<String, Long> seen = request.seen() == null ? Map.of() : request.seen();
        if (seen.size() > MAX_SEEN || seen.values().stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("seen", "give at most " + MAX_SEEN + " question ids, each with when it was seen");
        }
        List<List<Candidate>> chosen = BlueprintDraw.choose(slots,
                slot -> store.candidates(slot.domain(), slot.taskStatement(), slot.type(), excluded), seen, random);

        List<String> ids = chosen.stream().flatMap(List::stream).map(Candidate::id).toList();
        Map<String, QuestionVersion> byId = store.current(ids).stream()
                .collect(Collectors.toMap(QuestionVersion::questionId, Function.identity()));
        if (request.countExposure()) {
            store.countExposure(ids);
        }
        List<DrawnItem> items = new ArrayList<>();
        for (int slot = 0; slot < chosen.size(); slot++) {
            for (Candidate candidate : chosen.get(slot)) {
                QuestionVersion question = byId.get(candidate.id());
                if (question != null) {
                    items.add(new DrawnItem(slot, QuestionView.of(question)));
                }
            }
        }
        return new DrawResponse(items);
    }

    /** Items by id and version; a null version means the current one. Unknown refs are left out. */
    @PostMapping("/questions/lookup")
    public LookupResponse lookup(@RequestBody LookupRequest request) {
        if (request.refs() == null || request.refs().size() > MAX_ITEMS) {
            throw new InvalidInputException("refs", "give 0 to " + MAX_ITEMS + " references");
        }
        List<QuestionView> found = new ArrayList<>();
        List<String> currentIds = request.refs().stream().filter(r -> r.version() == null).map(Ref::id).toList();
        store.current(currentIds).stream().map(QuestionView::of).forEach(found::add);
        request.refs().stream().filter(r -> r.version() != null)
                .forEach(r -> store.version(r.id(), r.version()).map(QuestionView::of).ifPresent(found::add));
        return new LookupResponse(found);
    }

    /**
     * @param seen          the items this learner has seen, with when they last saw each (epoch
     *                      milliseconds): unseen items are drawn first, then the least recently seen
     * @param countExposure true for exam simulations: the drawn items' exposure grows, which steers
     *                      later unscored slots toward items with less calibration data
     */
    public record DrawRequest(List<Slot> slots, List<String> excludeQuestionIds, Map<String, Long> seen,
                              boolean countExposure) {
    }

    public record DrawnItem(int slot, QuestionView question) {
    }

    public record DrawResponse(List<DrawnItem> items) {
    }

    public record Ref(String id, Integer version) {
    }

    public record LookupRequest(List<Ref> refs) {
    }

    public record LookupResponse(List<QuestionView> items) {
    }
}
