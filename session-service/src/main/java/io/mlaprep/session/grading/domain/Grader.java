package io.mlaprep.session.grading.domain;

import io.mlaprep.contracts.ItemResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All-or-nothing grading for the four MLA-C01 question types. A response that does not fit the item
 * is rejected with what is wrong, never silently marked incorrect.
 */
public final class Grader {

    private Grader() {
    }

    public static boolean grade(ItemKey item, ItemResponse response) {
        if (response == null) {
            throw new MalformedResponseException("response", List.of("a response is required"));
        }
        return switch (item.type()) {
            case MULTIPLE_CHOICE -> gradeChoice(item, response, 1);
            case MULTIPLE_RESPONSE -> gradeChoice(item, response, item.correctOptionIds().size());
            case ORDERING -> gradeOrdering(item, response);
            case MATCHING -> gradeMatching(item, response);
        };
    }

    private static boolean gradeChoice(ItemKey item, ItemResponse response, int expected) {
        onlyPart(response.order() == null && response.pairs() == null, "optionIds");
        List<String> chosen = response.optionIds();
        List<String> problems = new ArrayList<>();
        if (chosen == null || chosen.isEmpty()) {
            problems.add("choose " + expected + " option" + (expected == 1 ? "" : "s"));
        } else {
            problems.addAll(unknownAndRepeated(chosen, item.optionIds(), "option"));
            if (chosen.size() != expected) {
                problems.add("choose exactly " + expected + " option" + (expected == 1 ? "" : "s")
                        + ", not " + chosen.size());
            }
        }
        reject("optionIds", problems);
        return Set.copyOf(chosen).equals(Set.copyOf(item.correctOptionIds()));
    }

    private static boolean gradeOrdering(ItemKey item, ItemResponse response) {
        onlyPart(response.optionIds() == null && response.pairs() == null, "order");
        List<String> order = response.order();
        List<String> problems = new ArrayList<>();
        if (order == null || order.isEmpty()) {
            problems.add("put all " + item.optionIds().size() + " steps in order");
        } else {
            problems.addAll(unknownAndRepeated(order, item.optionIds(), "step"));
            Set<String> missing = new HashSet<>(item.optionIds());
            order.forEach(missing::remove);
            if (!missing.isEmpty()) {
                problems.add("steps missing from the order: " + String.join(", ", sorted(missing)));
            }
        }
        reject("order", problems);
        return order.equals(item.correctOrder());
    }

    private static boolean gradeMatching(ItemKey item, ItemResponse response) {
        onlyPart(response.optionIds() == null && response.order() == null, "pairs");
        Map<String, String> pairs = response.pairs();
        List<String> problems = new ArrayList<>();
        if (pairs == null || pairs.isEmpty()) {
            problems.add("match all " + item.optionIds().size() + " prompts");
        } else {
            for (Map.Entry<String, String> pair : pairs.entrySet()) {
                if (!item.optionIds().contains(pair.getKey())) {
                    problems.add("unknown prompt '" + pair.getKey() + "'");
                }
                if (!item.responseIds().contains(pair.getValue())) {
                    problems.add("unknown response '" + pair.getValue() + "' for prompt '" + pair.getKey() + "'");
                }
            }
            Set<String> unmatched = new HashSet<>(item.optionIds());
            unmatched.removeAll(pairs.keySet());
            if (!unmatched.isEmpty()) {
                problems.add("prompts without a response: " + String.join(", ", sorted(unmatched)));
            }
        }
        reject("pairs", problems);
        return pairs.equals(item.correctPairs());
    }

    private static List<String> unknownAndRepeated(List<String> ids, Set<String> known, String noun) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id == null || !known.contains(id)) {
                problems.add("unknown " + noun + " '" + id + "'");
            } else if (!seen.add(id)) {
                problems.add(noun + " '" + id + "' given twice");
            }
        }
        return problems;
    }

    private static void onlyPart(boolean othersEmpty, String expected) {
        if (!othersEmpty) {
            throw new MalformedResponseException(expected, List.of("this item takes '" + expected
                    + "' only; leave the other response fields out"));
        }
    }

    private static void reject(String field, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new MalformedResponseException(field, problems);
        }
    }

    private static List<String> sorted(Set<String> ids) {
        return ids.stream().sorted().toList();
    }
}
