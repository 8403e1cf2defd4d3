package io.mlaprep.recommender.learner.persistence;

import io.mlaprep.recommender.mastery.domain.KeyRecall;
import io.mlaprep.recommender.mastery.domain.LearningRate;
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
                + keyRecall(state.keyRecall())
                + (state.learningRate().equals(LearningRate.NONE) ? "" : ";" + learningRate(state.learningRate()));
    }

    /**
     * A state written before key recall was tracked has four parts: it has no evidence on remembered keys. One whose
     * learning rate was never estimated (the model's default, and every state written before) has five.
     */
    static MasteryState mastery(String encoded) {
        String[] parts = encoded.split(";", -1);
        KeyRecall keyRecall = parts.length > 4 ? keyRecall(parts[4]) : KeyRecall.NONE;
        double[] means = doubles(parts[0]);
        double[] covariance = doubles(parts[1]);
        int[] answers = Arrays.stream(parts[2].split(",")).mapToInt(Integer::parseInt).toArray();
        Instant lastAnswerAt = parts[3].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[3]));
        return parts.length > 5
                ? new MasteryState(means, covariance, answers, lastAnswerAt, keyRecall, learningRate(parts[5]))
                : new MasteryState(means, covariance, answers, lastAnswerAt, keyRecall);
    }

    /** {@code mean,variance,covariance with each task ability}. */
    private static String learningRate(LearningRate rate) {
        return rate.mean() + "," + rate.variance() + "," + join(rate.covariance());
    }

    private static LearningRate learningRate(String encoded) {
        double[] values = doubles(encoded);
        return new LearningRate(values[0], values[1], Arrays.copyOfRange(values, 2, values.length));
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
