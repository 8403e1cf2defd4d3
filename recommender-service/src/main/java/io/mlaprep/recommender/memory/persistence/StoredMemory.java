package io.mlaprep.recommender.memory.persistence;

import io.mlaprep.recommender.memory.domain.MemoryState;
import java.time.Instant;

/**
 * One item's memory state as a compact string: {@code stability|difficulty|reps|lapses|lastReviewMs|dueMs|eventId}.
 * Doubles are written in their shortest exact form, so replaying the same events yields the same bytes.
 */
record StoredMemory(MemoryState state, String lastEventId) {

    String encode() {
        return state.stability() + "|" + state.difficulty() + "|" + state.reps() + "|" + state.lapses() + "|"
                + state.lastReview().toEpochMilli() + "|" + state.due().toEpochMilli() + "|" + lastEventId;
    }

    static StoredMemory decode(String encoded) {
        String[] parts = encoded.split("\\|", -1);
        return new StoredMemory(new MemoryState(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                Integer.parseInt(parts[2]), Integer.parseInt(parts[3]), Instant.ofEpochMilli(Long.parseLong(parts[4])),
                Instant.ofEpochMilli(Long.parseLong(parts[5]))), parts[6]);
    }
}
