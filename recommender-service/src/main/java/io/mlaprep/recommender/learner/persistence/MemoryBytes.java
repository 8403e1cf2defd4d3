package io.mlaprep.recommender.learner.persistence;

import io.mlaprep.recommender.memory.domain.MemoryState;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * The binary form of an FSRS memory in its bucket hash, about 20 bytes where the text form took 70: small enough
 * that a bucket of 128 memories stays a listpack (every value at most 64 bytes). Lossless and deterministic: the
 * same memory always gives the same bytes, which decode to an equal memory.
 *
 * <p>Layout: a header byte, then stability, difficulty, reps, lapses, last review, due. FSRS rounds stability and
 * difficulty to 8 decimals, so each is stored as that many hundred-millionths (an unsigned varint, 4 to 6 bytes)
 * when {@code n / 1e8} gives the double back exactly, else as its 8 IEEE-754 bytes, and a header bit says which.
 * Reps and lapses are unsigned varints; the last review is epoch milliseconds as a zigzag varint (6 bytes today,
 * any instant {@code Instant.ofEpochMilli} takes); due is the time after the last review, in whole days when it is
 * whole days (FSRS schedules in days: 1 or 2 bytes) else in milliseconds, a header bit saying which. One more header
 * bit says whether the learner's first answer to the item was wrong: FSRS counts lapses only after the first review,
 * and the mastery model needs every earlier wrong answer (a memory stored before the bit existed reads as a right
 * first answer here; {@code EarlierAnswers} tells a wrong one from a memory answered once by its FSRS state).
 */
final class MemoryBytes {

    /** The high nibble of the header: the layout's version, so a later layout can tell this one apart. */
    private static final int VERSION_1 = 0x10;
    private static final int VERSION_MASK = 0xF0;
    private static final int RAW_STABILITY = 0x01;
    private static final int RAW_DIFFICULTY = 0x02;
    private static final int DUE_IN_DAYS = 0x04;
    private static final int FIRST_ANSWER_WRONG = 0x08;
    private static final double EIGHT_DECIMALS = 1e8;
    private static final long DAY_MILLIS = 86_400_000L;

    private MemoryBytes() {
    }

    static byte[] encode(MemoryState memory, boolean firstAnswerWrong) {
        long stability = eightDecimals(memory.stability());
        long difficulty = eightDecimals(memory.difficulty());
        long lastReview = memory.lastReview().toEpochMilli();
        long untilDue = Math.subtractExact(memory.due().toEpochMilli(), lastReview);
        boolean dueInDays = untilDue % DAY_MILLIS == 0;
        int header = VERSION_1 | (stability < 0 ? RAW_STABILITY : 0) | (difficulty < 0 ? RAW_DIFFICULTY : 0)
                | (dueInDays ? DUE_IN_DAYS : 0) | (firstAnswerWrong ? FIRST_ANSWER_WRONG : 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        out.write(header);
        writeDecimal(out, stability, memory.stability());
        writeDecimal(out, difficulty, memory.difficulty());
        writeVarint(out, memory.reps());
        writeVarint(out, memory.lapses());
        writeVarint(out, zigzag(lastReview));
        writeVarint(out, dueInDays ? untilDue / DAY_MILLIS : untilDue);
        return out.toByteArray();
    }

    /** Whether the learner's first answer to the item was wrong. */
    static boolean firstAnswerWrong(byte[] encoded) {
        return (header(encoded) & FIRST_ANSWER_WRONG) != 0;
    }

    static MemoryState decode(byte[] encoded) {
        ByteBuffer in = ByteBuffer.wrap(encoded);
        int header = header(encoded);
        in.get();
        double stability = readDecimal(in, (header & RAW_STABILITY) != 0);
        double difficulty = readDecimal(in, (header & RAW_DIFFICULTY) != 0);
        int reps = Math.toIntExact(readVarint(in));
        int lapses = Math.toIntExact(readVarint(in));
        long lastReview = unzigzag(readVarint(in));
        long untilDue = readVarint(in);
        long due = Math.addExact(lastReview,
                (header & DUE_IN_DAYS) != 0 ? Math.multiplyExact(untilDue, DAY_MILLIS) : untilDue);
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("not a stored memory: " + in.remaining() + " bytes left over");
        }
        return new MemoryState(stability, difficulty, reps, lapses, Instant.ofEpochMilli(lastReview),
                Instant.ofEpochMilli(due));
    }

    private static int header(byte[] encoded) {
        int header = encoded[0] & 0xFF;
        if ((header & VERSION_MASK) != VERSION_1) {
            throw new IllegalArgumentException("not a stored memory: header " + Integer.toHexString(header));
        }
        return header;
    }

    /**
     * The value in hundred-millionths if that gives it back exactly, else -1. {@link Double#compare}, not
     * {@code ==}, so -0.0 is not taken for 0.
     */
    private static long eightDecimals(double value) {
        long scaled = Math.round(value * EIGHT_DECIMALS);
        return scaled >= 0 && Double.compare(scaled / EIGHT_DECIMALS, value) == 0 ? scaled : -1;
    }

    private static void writeDecimal(ByteArrayOutputStream out, long eightDecimals, double value) {
        if (eightDecimals >= 0) {
            writeVarint(out, eightDecimals);
        } else {
            out.writeBytes(ByteBuffer.allocate(Double.BYTES).putDouble(value).array());
        }
    }

    private static double readDecimal(ByteBuffer in, boolean raw) {
        return raw ? in.getDouble() : readVarint(in) / EIGHT_DECIMALS;
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) (rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    private static long readVarint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; shift < Long.SIZE; shift += 7) {
            byte next = in.get();
            value |= (long) (next & 0x7F) << shift;
            if (next >= 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("not a stored memory: varint longer than 64 bits");
    }

    private static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static long unzigzag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }
}
