package io.mlaprep.recommender.learner.persistence;

import io.mlaprep.recommender.mastery.domain.KeyRecall;
import io.mlaprep.recommender.mastery.domain.MasteryState;
import io.mlaprep.recommender.memory.domain.MemoryState;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Text forms of the learner state: the mastery posterior, and FSRS memory as stored before the memory buckets
 * (read only; memories are written as {@link MemoryBytes}). Doubles are written in their shortest exact form
 * ({@link Double#toString}), so the same events always give the same bytes.
 */
final class Encoding {

    private Encoding() {
    }

    /**
     * A memory in the learner hash's {@code q:<questionId>} field,
     * {@code stability|difficulty|reps|lapses|lastMs|dueMs}.
     * Memory written before the inbound gate claimed events by id carries a seventh field, that event's id: ignored.
     */
    static MemoryState legacyMemory(String encoded) {
        String[] parts = encoded.split("\\|", -1);
        return new MemoryState(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                Integer.parseInt(parts[2]), Integer.parseInt(parts[3]), Instant.ofEpochMilli(Long.parseLong(parts[4])),
                Instant.ofEpochMilli(Long.parseLong(parts[5])));
    }

    static String mastery(MasteryState state) {
        return join(state.means()) + ";" + join(state.covariance()) + ";"
                + Arrays.stream(state.answers()).mapToObj(Integer::toString).collect(Collectors.joining(",")) + ";"
                + (state.lastAnswerAt() == null ? "" : Long.toString(state.lastAnswerAt().toEpochMilli())) + ";"
                + keyRecall(state.keyRecall());
    }

    /** A state written before key recall was tracked has four parts: it has no evidence on remembered keys. */
    static MasteryState mastery(String encoded) {
        String[] parts = encoded.split(";", -1);
        KeyRecall keyRecall = parts.length > 4 ? keyRecall(parts[4]) : KeyRecall.NONE;
        return new MasteryState(doubles(parts[0]), doubles(parts[1]),
                Arrays.stream(parts[2].split(",")).mapToInt(Integer::parseInt).toArray(),
                parts[3].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[3])), keyRecall);
    }

    private static String keyRecall(KeyRecall evidence) {
        return evidence.repeatResidual() + "," + evidence.repeatX() + "," + evidence.repeatWeight() + ","
                + evidence.newResidual() + "," + evidence.newItems();
    }

    private static KeyRecall keyRecall(String encoded) {
        String[] parts = encoded.split(",");
        return new KeyRecall(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                Double.parseDouble(parts[3]), Integer.parseInt(parts[4]));
    }

    private static String join(double[] values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(","));
    }

    private static double[] doubles(String joined) {
        return Arrays.stream(joined.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
