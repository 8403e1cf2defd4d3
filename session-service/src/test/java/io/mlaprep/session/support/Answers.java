package io.mlaprep.session.support;

import io.mlaprep.contracts.internal.questions.CatalogItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies that answer an item right, or wrong but well-formed, from its key. */
public final class Answers {

    private Answers() {
    }

    public static Map<String, Object> right(CatalogItem question) {
        return switch (question.type()) {
            case MULTIPLE_CHOICE, MULTIPLE_RESPONSE -> Map.of("optionIds", question.correct().optionIds());
            case ORDERING -> Map.of("order", question.correct().order());
            case MATCHING -> Map.of("pairs", question.correct().pairs());
        };
    }

    public static Map<String, Object> wrong(CatalogItem question) {
        List<String> options = question.options().stream().map(CatalogItem.Option::id).toList();
        return switch (question.type()) {
            case MULTIPLE_CHOICE -> Map.of("optionIds", List.of(options.stream()
                    .filter(id -> !question.correct().optionIds().contains(id)).findFirst().orElseThrow()));
            case MULTIPLE_RESPONSE -> {
                List<String> chosen = new ArrayList<>(question.correct().optionIds());
                chosen.set(0, options.stream().filter(id -> !chosen.contains(id)).findFirst().orElseThrow());
                yield Map.of("optionIds", chosen);
            }
            case ORDERING -> {
                List<String> order = new ArrayList<>(question.correct().order());
                Collections.swap(order, 0, 1);
                yield Map.of("order", order);
            }
            case MATCHING -> {
                Map<String, String> pairs = new HashMap<>(question.correct().pairs());
                List<String> prompts = new ArrayList<>(pairs.keySet());
                String first = pairs.get(prompts.get(0));
                pairs.put(prompts.get(0), pairs.get(prompts.get(1)));
                pairs.put(prompts.get(1), first);
                yield Map.of("pairs", pairs);
            }
        };
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
