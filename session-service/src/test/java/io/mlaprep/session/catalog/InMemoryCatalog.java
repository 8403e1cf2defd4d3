package io.mlaprep.session.catalog;

import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.contracts.internal.questions.DrawSlot;
import io.mlaprep.session.catalog.application.QuestionCatalog;
import io.mlaprep.session.catalog.domain.QuestionRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A question bank in memory: draws take the matching active items the learner has not seen in bank
 * order, then the seen ones from the least recently seen.
 */
public class InMemoryCatalog implements QuestionCatalog {

    private final List<CatalogItem> bank;
    private int draws;

    public InMemoryCatalog(List<CatalogItem> bank) {
        this.bank = List.copyOf(bank);
    }

    public int draws() {
        return draws;
    }

    @Override
    public List<List<CatalogItem>> draw(List<DrawSlot> slots, Collection<String> excluded, List<String> seenOldestFirst,
                                        boolean countExposure) {
        draws++;
        Map<String, Integer> recency = new HashMap<>();
        for (int i = 0; i < seenOldestFirst.size(); i++) {
            recency.put(seenOldestFirst.get(i), i);
        }
        List<List<CatalogItem>> bySlot = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (DrawSlot slot : slots) {
            List<CatalogItem> picked = bank.stream()
                    .filter(item -> item.active() && item.domain() == slot.domain())
                    .filter(item -> slot.taskStatement() == null || slot.taskStatement().equals(item.taskStatement()))
                    .filter(item -> !excluded.contains(item.id()) && !taken.contains(item.id()))
                    .sorted(Comparator.comparingInt(item -> recency.getOrDefault(item.id(), -1)))
                    .limit(slot.count())
                    .toList();
            picked.forEach(item -> taken.add(item.id()));
            bySlot.add(picked);
        }
        return bySlot;
    }

    @Override
    public CatalogItem version(String questionId, int version) {
        QuestionRef ref = new QuestionRef(questionId, version);
        return versions(List.of(ref)).get(ref);
    }

    @Override
    public Map<QuestionRef, CatalogItem> versions(Collection<QuestionRef> refs) {
        Map<QuestionRef, CatalogItem> found = new HashMap<>();
        bank.forEach(item -> found.put(new QuestionRef(item.id(), item.version()), item));
        found.keySet().retainAll(refs);
        return found;
    }

    @Override
    public List<CatalogItem> current(Collection<String> questionIds) {
        return bank.stream().filter(item -> item.active() && questionIds.contains(item.id()))
                .toList();
    }
}
