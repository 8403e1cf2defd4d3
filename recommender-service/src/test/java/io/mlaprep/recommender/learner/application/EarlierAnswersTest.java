package io.mlaprep.recommender.learner.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.recommender.memory.domain.Confidence;
import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.recommender.memory.domain.MemoryState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EarlierAnswersTest {

    private static final Instant START = Instant.parse("2026-02-02T10:00:00Z");
    private final Fsrs fsrs = new Fsrs();

    /** The memory after answering an item with these outcomes, a day apart. */
    private MemoryState answered(boolean... outcomes) {
        MemoryState memory = null;
        for (int i = 0; i < outcomes.length; i++) {
            memory = fsrs.answer(memory, outcomes[i], null, START.plus(Duration.ofDays(i)));
        }
        return memory;
    }

    @Test
    void anItemNeverAnsweredHasNoEarlierAnswers() {
        assertThat(EarlierAnswers.of(null, false)).isEqualTo(EarlierAnswers.NONE);
    }

    @Test
    void aWrongFirstAnswerCountsThoughFsrsDoesNotCountItAsALapse() {
        MemoryState memory = answered(false, true);

        assertThat(memory.lapses()).isZero();
        assertThat(EarlierAnswers.of(memory, true)).isEqualTo(new EarlierAnswers(1, 1));
    }

    @Test
    void laterWrongAnswersAreFsrsLapses() {
        assertThat(EarlierAnswers.of(answered(true, false, false, true), false)).isEqualTo(new EarlierAnswers(2, 2));
        assertThat(EarlierAnswers.of(answered(false, false, true), true)).isEqualTo(new EarlierAnswers(1, 2));
    }

    @Test
    void countsStopAtFiftyEachWhateverTheStoredMemorySays() {
        MemoryState most = new MemoryState(12.5, 5, Integer.MAX_VALUE, Integer.MAX_VALUE, START, START);
        MemoryState many = new MemoryState(12.5, 5, 300, 20, START, START);

        assertThat(EarlierAnswers.of(most, true)).isEqualTo(new EarlierAnswers(0, EarlierAnswers.MOST));
        assertThat(EarlierAnswers.of(many, false)).isEqualTo(new EarlierAnswers(EarlierAnswers.MOST, 20));
    }

    @Test
    void aMemoryStoredBeforeTheBitAndAnsweredOnceShowsAWrongFirstAnswerInItsFsrsState() {
        MemoryState wrongOnce = answered(false);
        MemoryState rightOnce = answered(true);
        MemoryState hardOnce = fsrs.answer(null, true, Confidence.LOW, START);

        assertThat(EarlierAnswers.firstAnswerWrong(wrongOnce, false, fsrs)).isTrue();
        assertThat(EarlierAnswers.firstAnswerWrong(rightOnce, false, fsrs)).isFalse();
        assertThat(EarlierAnswers.firstAnswerWrong(hardOnce, false, fsrs)).isFalse();
        assertThat(EarlierAnswers.firstAnswerWrong(null, false, fsrs)).isFalse();
    }

    @Test
    void aStoredBitIsTakenAsItIsAndSeveralAnswersStoredBeforeItCountAsARightStart() {
        assertThat(EarlierAnswers.firstAnswerWrong(answered(true, true), true, fsrs)).isTrue();
        assertThat(EarlierAnswers.firstAnswerWrong(answered(false, true), false, fsrs)).isFalse();
    }
}
