package io.mlaprep.question.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.QuestionType;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlueprintDrawTest {

    private static final List<Candidate> DOMAIN_1 = IntStream.range(0, 30)
            .mapToObj(i -> new Candidate("q" + i, 1, 1, "1." + (i % 3 + 1), QuestionType.MULTIPLE_CHOICE, i % 5))
            .toList();

    @Test
    void fillsEachSlotWithTheCountAskedForAndNeverRepeatsAnItem() {
        List<Slot> slots = List.of(new Slot(1, null, null, 4, true), new Slot(1, null, null, 14, false));

        List<List<Candidate>> drawn = BlueprintDraw.choose(slots, slot -> DOMAIN_1, Map.of(), new Random(7));

        assertThat(drawn.get(0)).hasSize(4);
        assertThat(drawn.get(1)).hasSize(14);
        Set<String> ids = drawn.stream().flatMap(List::stream).map(Candidate::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(18);
    }

    @Test
    void leastExposedItemsFillTheUnscoredSlotsFirst() {
        List<List<Candidate>> drawn = BlueprintDraw.choose(List.of(new Slot(1, null, null, 6, true)),
                slot -> DOMAIN_1, Map.of(), new Random(3));

        assertThat(drawn.get(0)).extracting(Candidate::exposure).containsOnly(0L);
    }

    @Test
    void aSlotGetsFewerOnlyWhenTheBankHasNoMore() {
        List<List<Candidate>> drawn = BlueprintDraw.choose(List.of(new Slot(1, null, null, 50, false)),
                slot -> DOMAIN_1, Map.of(), new Random(1));

        assertThat(drawn.get(0)).hasSize(30);
    }

    @Test
    void differentSeedsDrawDifferentSets() {
        Slot slot = new Slot(1, null, null, 10, false);
        List<Candidate> a = BlueprintDraw.choose(List.of(slot), s -> DOMAIN_1, Map.of(), new Random(1)).getFirst();
        List<Candidate> b = BlueprintDraw.choose(List.of(slot), s -> DOMAIN_1, Map.of(), new Random(2)).getFirst();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void unseenItemsComeFirstThenTheLeastRecentlySeen() {
        Map<String, Long> seen = new java.util.HashMap<>();
        IntStream.range(0, 25).forEach(i -> seen.put("q" + i, 1_000L + i)); // q0 seen longest ago

        List<Candidate> drawn = BlueprintDraw.choose(List.of(new Slot(1, null, null, 8, false)),
                slot -> DOMAIN_1, seen, new Random(5)).getFirst();

        assertThat(drawn).extracting(Candidate::id)
                .containsExactlyInAnyOrder("q25", "q26", "q27", "q28", "q29", "q0", "q1", "q2");
    }

    @Test
    void aHistoryOfIdsOldestFirstOrdersTheDrawAsTimesWould() {
        List<String> oldestFirst = new java.util.ArrayList<>(IntStream.range(0, 25).mapToObj(i -> "q" + i).toList());
        java.util.Collections.reverse(oldestFirst); // q24 seen longest ago
        oldestFirst.add("q24"); // seen again last: counts where it last is

        List<Candidate> drawn = BlueprintDraw.choose(List.of(new Slot(1, null, null, 8, false)),
                slot -> DOMAIN_1, BlueprintDraw.recency(oldestFirst), new Random(5)).getFirst();

        assertThat(drawn).extracting(Candidate::id)
                .containsExactlyInAnyOrder("q25", "q26", "q27", "q28", "q29", "q23", "q22", "q21");
    }

    @Test
    void unscoredSlotsPreferUnseenOverLeastExposed() {
        Map<String, Long> seen = new java.util.HashMap<>();
        DOMAIN_1.stream().filter(c -> c.exposure() == 0).forEach(c -> seen.put(c.id(), 5_000L));

        List<Candidate> drawn = BlueprintDraw.choose(List.of(new Slot(1, null, null, 4, true)),
                slot -> DOMAIN_1, seen, new Random(9)).getFirst();

        assertThat(drawn).extracting(Candidate::id).doesNotContainAnyElementsOf(seen.keySet());
        assertThat(drawn).extracting(Candidate::exposure).containsOnly(1L);
    }
}
