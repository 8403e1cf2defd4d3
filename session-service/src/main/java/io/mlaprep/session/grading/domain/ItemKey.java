package io.mlaprep.session.grading.domain;

import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.internal.questions.CatalogItem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What grading needs to know of an item: its type, the ids a response may use, and the key.
 *
 * @param optionIds   the options (choice types), steps (ordering) or prompts (matching)
 * @param responseIds the right-hand ids of a matching question; empty otherwise
 */
public record ItemKey(QuestionType type, Set<String> optionIds, Set<String> responseIds,
                      List<String> correctOptionIds, List<String> correctOrder, Map<String, String> correctPairs) {

    public ItemKey {
        optionIds = Set.copyOf(optionIds);
        responseIds = responseIds == null ? Set.of() : Set.copyOf(responseIds);
        correctOptionIds = correctOptionIds == null ? List.of() : List.copyOf(correctOptionIds);
        correctOrder = correctOrder == null ? List.of() : List.copyOf(correctOrder);
        correctPairs = correctPairs == null ? Map.of() : Map.copyOf(correctPairs);
    }

    public static ItemKey of(CatalogItem question) {
        return new ItemKey(question.type(), question.options().stream().map(CatalogItem.Option::id)
                .collect(Collectors.toSet()), question.responses().stream().map(CatalogItem.Choice::id)
                .collect(Collectors.toSet()), question.correct().optionIds(), question.correct().order(),
                question.correct().pairs());
    }
}
