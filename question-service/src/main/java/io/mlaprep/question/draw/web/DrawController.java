package io.mlaprep.question.draw.web;

import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.contracts.internal.questions.DrawRequest;
import io.mlaprep.contracts.internal.questions.DrawResponse;
import io.mlaprep.contracts.internal.questions.DrawSlot;
import io.mlaprep.contracts.internal.questions.LookupRequest;
import io.mlaprep.contracts.internal.questions.LookupResponse;
import io.mlaprep.contracts.internal.questions.QuestionServiceApi;
import io.mlaprep.question.bank.domain.QuestionContent;
import io.mlaprep.question.bank.domain.QuestionVersion;
import io.mlaprep.question.bank.persistence.QuestionStore;
import io.mlaprep.question.draw.application.DrawPool;
import io.mlaprep.question.draw.domain.BlueprintDraw;
import io.mlaprep.question.draw.domain.Candidate;
import io.mlaprep.question.draw.domain.Slot;
import io.mlaprep.servicedefaults.errors.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For session-service only (role SERVICE): draws items for a blueprint, by id and version, and looks up items
 * with their keys by id and version, to show and grade them. The records are {@code contracts}' internal API,
 * which the clients read too.
 */
@RestController
public class DrawController {

    private static final int MAX_ITEMS = 200;
    private static final int MAX_SEEN = 20_000;
    private final QuestionStore store;
    private final DrawPool pool;

    public DrawController(QuestionStore store, DrawPool pool) {
        this.store = store;
        this.pool = pool;
    }

    @PostMapping(QuestionServiceApi.DRAWS)
    public DrawResponse draw(@RequestBody DrawRequest request) {
        List<Slot> slots = request.slots() == null ? List.of()
                : request.slots().stream().map(DrawController::slot).toList();
        if (slots.isEmpty() || slots.stream().mapToInt(Slot::count).sum() > MAX_ITEMS
                || slots.stream().anyMatch(s -> s.count() < 1)) {
            throw new InvalidInputException("slots", "give 1 to " + MAX_ITEMS + " items in slots of at least 1");
        }
        Set<String> excluded = request.excludeQuestionIds() == null ? Set.of() : Set.copyOf(request.excludeQuestionIds());
        Map<String, Long> seen = lastSeen(request);
        List<Candidate> candidates = pool.candidates(slots.stream().map(Slot::domain).collect(Collectors.toSet()),
                excluded);
        List<List<Candidate>> chosen = BlueprintDraw.choose(slots, slot -> inSlot(candidates, slot), seen,
                // an even spread, not secrecy: nothing is learned from guessing which questions come
                ThreadLocalRandom.current());

        if (request.countExposure()) {
            pool.countExposure(chosen.stream().flatMap(List::stream).map(Candidate::id).toList());
        }
        List<DrawResponse.DrawnItem> items = new ArrayList<>();
        for (int slot = 0; slot < chosen.size(); slot++) {
            for (Candidate candidate : chosen.get(slot)) {
                items.add(new DrawResponse.DrawnItem(slot, candidate.id(), candidate.version()));
            }
        }
        return new DrawResponse(items);
    }

    private static Map<String, Long> lastSeen(DrawRequest request) {
        if (request.seenOldestFirst() != null) {
            List<String> ids = request.seenOldestFirst();
            if (ids.size() > MAX_SEEN || ids.stream().anyMatch(java.util.Objects::isNull)) {
                throw new InvalidInputException("seenOldestFirst",
                        "give at most " + MAX_SEEN + " question ids, none of them null");
            }
            return BlueprintDraw.recency(ids);
        }
        Map<String, Long> seen = request.seen() == null ? Map.of() : request.seen();
        if (seen.size() > MAX_SEEN || seen.values().stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("seen", "give at most " + MAX_SEEN + " question ids, each with when it was seen");
        }
        return seen;
    }

    /** Items by id and version; a null version means the current one. Unknown refs are left out. */
    @PostMapping(QuestionServiceApi.LOOKUP)
    public LookupResponse lookup(@RequestBody LookupRequest request) {
        if (request.refs() == null || request.refs().size() > MAX_ITEMS) {
            throw new InvalidInputException("refs", "give 0 to " + MAX_ITEMS + " references");
        }
        List<CatalogItem> found = new ArrayList<>();
        List<String> currentIds = request.refs().stream().filter(r -> r.version() == null)
                .map(LookupRequest.Ref::id).toList();
        store.current(currentIds).stream().map(DrawController::item).forEach(found::add);
        Map<String, Set<Integer>> versionsById = request.refs().stream().filter(r -> r.version() != null)
                .collect(Collectors.groupingBy(LookupRequest.Ref::id,
                        Collectors.mapping(LookupRequest.Ref::version, Collectors.toSet())));
        store.versions(versionsById).stream().map(DrawController::item).forEach(found::add);
        return new LookupResponse(found);
    }

    private static List<Candidate> inSlot(List<Candidate> pool, Slot slot) {
        return pool.stream().filter(slot::admits).toList();
    }

    private static Slot slot(DrawSlot slot) {
        return new Slot(slot.domain(), slot.taskStatement(), slot.type(), slot.count(), slot.preferLeastExposed());
    }

    private static CatalogItem item(QuestionVersion question) {
        QuestionContent c = question.content();
        return new CatalogItem(question.questionId(), question.version(),
                CatalogItem.Status.valueOf(question.status().name()), c.domain(), c.taskStatement(), c.type(),
                c.stem(), c.options().stream().map(o -> new CatalogItem.Option(o.id(), o.text(), o.explanation()))
                        .toList(),
                c.responses().stream().map(r -> new CatalogItem.Choice(r.id(), r.text())).toList(),
                new CatalogItem.Key(c.correct().optionIds(), c.correct().order(), c.correct().pairs()),
                c.explanation(), c.references(), c.difficulty());
    }
}
