package io.mlaprep.session.delivery.application;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.contracts.internal.questions.DrawSlot;
import io.mlaprep.servicedefaults.errors.ConflictException;
import io.mlaprep.servicedefaults.errors.InvalidInputException;
import io.mlaprep.session.adaptive.client.RecommenderClient;
import io.mlaprep.session.catalog.application.QuestionCatalog;
import io.mlaprep.session.delivery.domain.ItemReasons;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.delivery.persistence.HistoryEntry;
import io.mlaprep.session.exam.domain.BlueprintAllocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Chooses the items of a new session by mode, and shuffles what the learner will see. */
@Component
public class SessionPlanner {

    private final QuestionCatalog catalog;

    public SessionPlanner(QuestionCatalog catalog) {
        this.catalog = catalog;
    }

    public record Plan(List<SessionItem> items, String notice) {
    }

    /** @param seenOldestFirst the items the learner has seen, the one seen longest ago first: those come last */
    public Plan exam(List<String> seenOldestFirst) {
        List<DrawSlot> slots = new ArrayList<>();
        for (ExamGuide.Domain domain : ExamGuide.DOMAINS) {
            slots.add(new DrawSlot(domain.id(), null, null, domain.unscoredItems(), true));
        }
        for (ExamGuide.Domain domain : ExamGuide.DOMAINS) {
            slots.add(DrawSlot.of(domain.id(), domain.scoredItems()));
        }
        List<List<CatalogItem>> drawn = catalog.draw(slots, Set.of(), seenOldestFirst, true);
        List<Drawn> items = new ArrayList<>();
        for (int slot = 0; slot < slots.size(); slot++) {
            if (drawn.get(slot).size() < slots.get(slot).count()) {
                throw new InvalidInputException("mode", "the question bank has too few active items of domain "
                        + slots.get(slot).domain() + " for an exam simulation");
            }
            boolean scored = slot >= ExamGuide.DOMAINS.size();
            drawn.get(slot).forEach(item -> items.add(new Drawn(item, scored)));
        }
        Collections.shuffle(items, shuffles());
        return new Plan(toItems(items), null);
    }

    public Plan practice(int size, List<String> seenOldestFirst) {
        return mixed(blueprintSlots(size), seenOldestFirst, size);
    }

    /**
     * A drill of a task statement, or else of a domain (as {@link StartRequest} checked them); each item names its
     * task statement as its reason.
     */
    public Plan drill(int size, Integer domain, String taskStatement, List<String> seenOldestFirst) {
        DrawSlot slot = taskStatement != null
                ? new DrawSlot(ExamGuide.domainOf(taskStatement), taskStatement, null, size, false)
                : DrawSlot.of(domain, size);
        Plan drill = mixed(List.of(slot), seenOldestFirst, size);
        return new Plan(drill.items().stream().map(item -> item.withReason(ItemReasons.drill(item.taskStatement())))
                .toList(), drill.notice());
    }

    /**
     * Blueprint-weighted, items the learner never saw first, each saying its domain's weight was why; used when
     * recommendations are unavailable.
     */
    public Plan unseenFirst(int size, List<String> seenOldestFirst, String notice) {
        return new Plan(scored(drawn(blueprintSlots(size), seenOldestFirst, size)).stream()
                .map(item -> item.withReason(ItemReasons.byExamWeight(item.domain()))).toList(), notice);
    }

    /** The items whose latest answer was wrong, most recently missed first, at their current versions. */
    public Plan reviewMissed(int size, Map<String, HistoryEntry> history) {
        List<String> missed = history.entrySet().stream()
                .filter(e -> !e.getValue().c())
                .sorted(Comparator.comparingLong((Map.Entry<String, HistoryEntry> e) -> e.getValue().at()).reversed())
                .map(Map.Entry::getKey)
                .limit(size)
                .toList();
        if (missed.isEmpty()) {
            throw new ConflictException("Nothing to review yet: every question you answered is right at your last try.");
        }
        Plan plan = ofQuestions(missed);
        if (plan.items().isEmpty()) {
            throw new ConflictException("The questions you missed have all been retired.");
        }
        return plan;
    }

    /** The given questions in the given order; retired or unknown ones are left out. */
    public Plan ofQuestions(List<String> questionIds) {
        return chosen(questionIds.stream().map(id -> new RecommenderClient.Pick(id, null)).toList());
    }

    /**
     * The recommender's picks in its order, each with its reason; retired or unknown ones are left out. Not
     * shuffled: the order is the recommender's (due reviews most overdue first).
     */
    public Plan chosen(List<RecommenderClient.Pick> picks) {
        Map<String, CatalogItem> current = catalog.current(picks.stream().map(RecommenderClient.Pick::questionId)
                .toList()).stream().collect(Collectors.toMap(CatalogItem::id, item -> item, (a, b) -> a));
        List<RecommenderClient.Pick> served = picks.stream().filter(p -> current.containsKey(p.questionId()))
                .toList();
        List<SessionItem> items = scored(served.stream().map(p -> current.get(p.questionId())).toList());
        List<SessionItem> reasoned = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            reasoned.add(items.get(i).withReason(served.get(i).reason()));
        }
        return new Plan(reasoned, null);
    }

    private static List<DrawSlot> blueprintSlots(int size) {
        return BlueprintAllocation.byWeight(size).entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> DrawSlot.of(e.getKey(), e.getValue()))
                .toList();
    }

    /** Drawn items, shuffled; refused when the bank has none for the slots. */
    private Plan mixed(List<DrawSlot> slots, List<String> seenOldestFirst, int size) {
        List<CatalogItem> items = new ArrayList<>(drawn(slots, seenOldestFirst, size));
        if (items.isEmpty()) {
            throw new InvalidInputException("mode", "no active questions match this session");
        }
        Collections.shuffle(items, shuffles());
        return new Plan(scored(items), null);
    }

    /**
     * Items for the slots, unseen ones first; when a slot's part of the bank runs short, topped up with
     * more of the slots that have plenty.
     */
    private List<CatalogItem> drawn(List<DrawSlot> slots, List<String> seenOldestFirst, int size) {
        List<CatalogItem> items = new ArrayList<>(catalog.draw(slots, Set.of(), seenOldestFirst, false).stream()
                .flatMap(List::stream).toList());
        if (items.size() < size) {
            Set<String> have = items.stream().map(CatalogItem::id).collect(Collectors.toSet());
            catalog.draw(slots, have, seenOldestFirst, false).stream().flatMap(List::stream).limit(size - items.size())
                    .forEach(items::add);
        }
        return items;
    }

    private List<SessionItem> scored(List<CatalogItem> items) {
        return toItems(items.stream().map(item -> new Drawn(item, true)).toList());
    }

    private List<SessionItem> toItems(List<Drawn> drawn) {
        List<SessionItem> items = new ArrayList<>(drawn.size());
        for (Drawn d : drawn) {
            CatalogItem q = d.item();
            List<String> options = new ArrayList<>(q.options().stream().map(CatalogItem.Option::id).toList());
            Collections.shuffle(options, shuffles());
            if (q.type() == QuestionType.ORDERING && options.equals(q.correct().order())) {
                Collections.rotate(options, 1); // never show the steps already in the right order
            }
            List<String> responses = new ArrayList<>(q.responses().stream().map(CatalogItem.Choice::id).toList());
            Collections.shuffle(responses, shuffles());
            items.add(new SessionItem(items.size(), q.id(), q.version(), q.domain(), q.taskStatement(), q.type(),
                    d.scored(), options, responses, null, null, null, false, null, null, null, null, null));
        }
        return items;
    }

    private record Drawn(CatalogItem item, boolean scored) {
    }

    /** Shuffles need an even spread, not secrecy: nothing is learned from guessing an order. */
    private static Random shuffles() {
        return ThreadLocalRandom.current();
    }
}
