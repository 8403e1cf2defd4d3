package io.mlaprep.session.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A question bank in memory: draws take the first matching active items, in bank order. */
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
    public List<List<CatalogItem>> draw(List<DrawSlot> slots, Collection<String> excluded, boolean countExposure) {
        draws++;
        List<List<CatalogItem>> bySlot = new ArrayList<>();
        for (DrawSlot slot : slots) {
            bySlot.add(bank.stream()
                    .filter(item -> "ACTIVE".equals(item.status()) && item.domain() == slot.domain())
                    .filter(item -> slot.taskStatement() == null || slot.taskStatement().equals(item.taskStatement()))
                    .filter(item -> !excluded.contains(item.id()))
                    .limit(slot.count())
                    .toList());
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
        return bank.stream().filter(item -> "ACTIVE".equals(item.status()) && questionIds.contains(item.id()))
                .toList();
    }
}
