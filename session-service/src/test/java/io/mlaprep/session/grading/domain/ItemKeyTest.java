package io.mlaprep.session.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlaprep.contracts.QuestionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemKeyTest {

    @Test
    void treatsAbsentKeyPartsAsEmpty() {
        ItemKey key = new ItemKey(QuestionType.MULTIPLE_CHOICE, Set.of("a"), null, null, null, null);

        assertThat(key.responseIds()).isEmpty();
        assertThat(key.correctOptionIds()).isEmpty();
        assertThat(key.correctOrder()).isEmpty();
        assertThat(key.correctPairs()).isEmpty();
    }

    @Test
    void keepsItsOwnCopyOfEveryCollection() {
        Set<String> options = new HashSet<>(Set.of("a", "b"));
        Set<String> responses = new HashSet<>(Set.of("r1"));
        List<String> correct = new ArrayList<>(List.of("a"));
        List<String> order = new ArrayList<>(List.of("a", "b"));
        Map<String, String> pairs = new HashMap<>(Map.of("a", "r1"));
        ItemKey key = new ItemKey(QuestionType.MATCHING, options, responses, correct, order, pairs);

        options.add("x");
        responses.add("x");
        correct.add("x");
        order.add("x");
        pairs.put("x", "x");

        assertThat(key.optionIds()).containsExactlyInAnyOrder("a", "b");
        assertThat(key.responseIds()).containsExactly("r1");
        assertThat(key.correctOptionIds()).containsExactly("a");
        assertThat(key.correctOrder()).containsExactly("a", "b");
        assertThat(key.correctPairs()).containsExactly(Map.entry("a", "r1"));
    }

    @Test
    void cannotBeChangedThroughItsAccessors() {
        ItemKey key = ItemKeys.matching();

        assertThatThrownBy(() -> key.optionIds().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> key.correctPairs().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }
}
