package io.mlaprep.question.draw.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Chooses items for a blueprint, slot by slot, never the same item twice. Items the learner has never
 * seen come first, then those seen longest ago, so that a learner meets the whole bank before any
 * item comes back and cannot collect keys by repeating sessions.
 */
public final class BlueprintDraw {

    private BlueprintDraw() {
    }

    /**
     * @param candidatesFor the eligible items of a slot (already without the caller's excluded ids)
     * @param lastSeen      for each item the learner has seen, when they last saw it: an epoch time or a rank
     *                      ({@link #recency}), smaller for longer ago
     * @return per slot, the chosen items; a slot gets fewer than asked only when the bank has no more
     */
    public static List<List<Candidate>> choose(List<Slot> slots, Function<Slot, List<Candidate>> candidatesFor,
                                               Map<String, Long> lastSeen, RandomGenerator random) {
        Comparator<Candidate> unseenFirst = Comparator.comparingLong(c -> lastSeen.getOrDefault(c.id(), Long.MIN_VALUE));
        Set<String> taken = new HashSet<>();
        List<List<Candidate>> chosen = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            List<Candidate> pool = new ArrayList<>(candidatesFor.apply(slot).stream()
                    .filter(candidate -> !taken.contains(candidate.id()))
                    .toList());
            Collections.shuffle(pool, asRandom(random));
            // stable sorts: ties stay shuffled
            pool.sort(slot.preferLeastExposed()
                    ? unseenFirst.thenComparingLong(Candidate::exposure)
                    : unseenFirst);
            List<Candidate> picked = List.copyOf(pool.subList(0, Math.min(slot.count(), pool.size())));
            picked.forEach(candidate -> taken.add(candidate.id()));
            chosen.add(picked);
        }
        return chosen;
    }

    /**
     * Each id's position in a history ordered oldest first, as {@code lastSeen} for {@link #choose}; an id given
     * twice counts where it last is. Items seen at the same moment (one session's) keep the history's order among
     * them, where equal times left them to the shuffle: which of them comes back first, not whether.
     */
    public static Map<String, Long> recency(List<String> seenOldestFirst) {
        Map<String, Long> rank = HashMap.newHashMap(seenOldestFirst.size());
        for (int i = 0; i < seenOldestFirst.size(); i++) {
            rank.put(seenOldestFirst.get(i), (long) i);
        }
        return rank;
    }

    private static java.util.Random asRandom(RandomGenerator random) {
        return random instanceof java.util.Random r ? r : new java.util.Random(random.nextLong());
    }
}
