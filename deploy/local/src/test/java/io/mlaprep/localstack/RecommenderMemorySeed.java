package io.mlaprep.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Gives a learner FSRS memories that fall due when the test wants, written into the recommender's Redis as
 * the recommender itself stores them, so spaced review can be seen without waiting days: hash
 * {@code rec:{s<shard>}:l:<learnerId>} (shard = floorMod(learnerId.hashCode(), 16)), field {@code q:<questionId>},
 * value {@code stability|difficulty|reps|lapses|lastReviewMs|dueMs|eventId}. Speaks RESP over a plain socket:
 * one command, one integer reply.
 */
final class RecommenderMemorySeed {

    private static final int SHARDS = 16;

    private final int redisPort;

    RecommenderMemorySeed(int redisPort) {
        this.redisPort = redisPort;
    }

    /** A memory reviewed once, {@code interval} before it falls (or fell) due at {@code due}. */
    void scheduled(String learnerId, String questionId, Instant due, Duration interval) {
        String value = (double) interval.toDays() + "|5.0|1|0|" + due.minus(interval).toEpochMilli() + "|"
                + due.toEpochMilli() + "|browser-seed";
        command("HSET", "rec:{s" + Math.floorMod(learnerId.hashCode(), SHARDS) + "}:l:" + learnerId,
                "q:" + questionId, value);
    }

    private void command(String... args) {
        StringBuilder resp = new StringBuilder("*").append(args.length).append("\r\n");
        for (String arg : args) {
            resp.append('$').append(arg.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(arg).append("\r\n");
        }
        try (Socket socket = new Socket("localhost", redisPort)) {
            OutputStream out = socket.getOutputStream();
            out.write(resp.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder reply = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                reply.append((char) c);
            }
            if (!reply.toString().startsWith(":")) {
                throw new IllegalStateException("Redis refused " + args[0] + ": " + reply.toString().trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
