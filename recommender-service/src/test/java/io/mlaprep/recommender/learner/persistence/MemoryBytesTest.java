package io.mlaprep.recommender.learner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.recommender.memory.domain.Grade;
import io.mlaprep.recommender.memory.domain.MemoryState;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MemoryBytesTest {

    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    private static MemoryState roundTrip(MemoryState memory) {
        byte[] encoded = MemoryBytes.encode(memory, false);
        MemoryState decoded = MemoryBytes.decode(encoded);
        assertThat(MemoryBytes.encode(decoded, false)).isEqualTo(encoded);
        return decoded;
    }

    @Test
    void whetherTheFirstAnswerWasWrongRidesInTheHeaderAtNoCostInBytes() {
        MemoryState memory = new MemoryState(12.5, 5, 4, 2, START, START.plus(Duration.ofDays(12)));

        byte[] firstWrong = MemoryBytes.encode(memory, true);
        byte[] firstRight = MemoryBytes.encode(memory, false);

        assertThat(MemoryBytes.firstAnswerWrong(firstWrong)).isTrue();
        assertThat(MemoryBytes.firstAnswerWrong(firstRight)).isFalse();
        assertThat(MemoryBytes.decode(firstWrong)).isEqualTo(memory);
        assertThat(firstWrong).hasSameSizeAs(firstRight);
    }

    @Test
    void aMemoryStoredBeforeTheFirstAnswerWasRecordedReadsAsARightFirstAnswer() {
        // written by the layout before the bit: header 0x14 (layout 1, due in whole days), then 12.5, 5, 4, 2,
        // 2026-01-05T08:00Z and 12 days
        byte[] stored = HexFormat.of().parseHex("1480f985d40480cab5ee01040280b0dcd2f1660c");

        MemoryState memory = new MemoryState(12.5, 5, 4, 2, START, START.plus(Duration.ofDays(12)));

        assertThat(MemoryBytes.firstAnswerWrong(stored)).isFalse();
        assertThat(MemoryBytes.decode(stored)).isEqualTo(memory);
        assertThat(MemoryBytes.encode(memory, false)).as("the layout is unchanged without the bit").isEqualTo(stored);
    }

    @Test
    void everyMemoryOfLongFsrsHistoriesComesBackExactlyInAbout20Bytes() {
        Fsrs fsrs = new Fsrs();
        Random random = new Random(7);
        Grade[] grades = Grade.values();
        int longest = 0;
        for (int item = 0; item < 200; item++) {
            Instant at = START.plusMillis(random.nextInt(1_000_000));
            MemoryState memory = fsrs.firstReview(grades[random.nextInt(grades.length)], at);
            for (int review = 0; review < 40; review++) {
                assertThat(roundTrip(memory)).isEqualTo(memory);
                longest = Math.max(longest, MemoryBytes.encode(memory, false).length);
                at = at.plusMillis((long) (random.nextDouble() * 40 * 86_400_000L));
                memory = fsrs.review(memory, grades[random.nextInt(grades.length)], at);
            }
        }
        assertThat(longest).isBetween(16, 24);
    }

    @Test
    void theLargestStabilityAndTheEndsOfTheDifficultyScaleComeBackExactly() {
        MemoryState largest = new MemoryState(36_500, 10, 3, 0, START, START.plus(Duration.ofDays(36_500)));
        MemoryState easiest = new MemoryState(36_499.99999999, 1, 3, 0, START, START.plus(Duration.ofDays(1)));
        MemoryState huge = new MemoryState(1e300, 9.99999999, 3, 0, START, START);

        assertThat(roundTrip(largest)).isEqualTo(largest);
        assertThat(roundTrip(easiest)).isEqualTo(easiest);
        assertThat(roundTrip(huge)).isEqualTo(huge);
    }

    @Test
    void valuesWithMoreThanEightDecimalsAreStoredAsTheirExactDoubles() {
        MemoryState memory = new MemoryState(Math.PI, 1 + 1.0 / 3, 2, 1, START, START.plus(Duration.ofDays(2)));
        MemoryState tiny = new MemoryState(Double.MIN_VALUE, 10 - Math.ulp(10.0), 2, 1, START, START);

        assertThat(roundTrip(memory)).isEqualTo(memory);
        assertThat(roundTrip(tiny)).isEqualTo(tiny);
        assertThat(MemoryBytes.encode(memory, false).length).isGreaterThan(MemoryBytes.encode(
                new MemoryState(3.14159265, 1.33333333, 2, 1, START, START.plus(Duration.ofDays(2))), false).length);
    }

    @Test
    void repsAndLapsesBeyondOneByteComeBackExactly() {
        MemoryState many = new MemoryState(12.5, 5, 300, 128, START, START.plus(Duration.ofDays(12)));
        MemoryState most = new MemoryState(12.5, 5, Integer.MAX_VALUE, Integer.MAX_VALUE - 1, START,
                START.plus(Duration.ofDays(12)));

        assertThat(roundTrip(many)).isEqualTo(many);
        assertThat(roundTrip(most)).isEqualTo(most);
    }

    @Test
    void dueAtTheLastReviewOrNotOnAWholeDayComesBackExactly() {
        MemoryState dueNow = new MemoryState(0.212, 6.4133, 1, 0, START.plusMillis(17), START.plusMillis(17));
        MemoryState oddDue = new MemoryState(0.212, 6.4133, 1, 0, START, START.plus(Duration.ofHours(30)).plusMillis(3));

        assertThat(roundTrip(dueNow)).isEqualTo(dueNow);
        assertThat(roundTrip(oddDue)).isEqualTo(oddDue);
    }

    @Test
    void farFutureAndPre1970DatesComeBackExactly() {
        Instant farFuture = Instant.ofEpochMilli(Long.MAX_VALUE / 4);
        MemoryState future = new MemoryState(3, 5, 2, 0, farFuture, farFuture.plus(Duration.ofDays(36_500)));
        MemoryState latest = new MemoryState(3, 5, 2, 0, START, Instant.ofEpochMilli(Long.MAX_VALUE));
        Instant past = Instant.parse("1969-07-20T20:17:40.123Z");
        MemoryState old = new MemoryState(3, 5, 2, 0, past, past.plus(Duration.ofDays(3)));

        assertThat(roundTrip(future)).isEqualTo(future);
        assertThat(roundTrip(latest)).isEqualTo(latest);
        assertThat(roundTrip(old)).isEqualTo(old);
    }

    @Test
    void everyMemoryFitsAListpackValue() {
        MemoryState widest = new MemoryState(Math.PI, 1 + 1.0 / 3, Integer.MAX_VALUE, Integer.MAX_VALUE,
                Instant.ofEpochMilli(Long.MIN_VALUE / 2), Instant.ofEpochMilli(Long.MAX_VALUE / 2));

        assertThat(MemoryBytes.encode(widest, false).length).isLessThanOrEqualTo(64);
        assertThat(roundTrip(widest)).isEqualTo(widest);
    }

    @Test
    void theLegacyTextFormIsNotTakenForTheBinaryOne() {
        byte[] legacy = "3.17342|5.31765222|2|1|1767600000000|1767945600000".getBytes();

        assertThatThrownBy(() -> MemoryBytes.decode(legacy)).isInstanceOf(IllegalArgumentException.class);
    }
}
