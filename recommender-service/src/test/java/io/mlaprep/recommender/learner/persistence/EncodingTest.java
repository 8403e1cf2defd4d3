package io.mlaprep.recommender.learner.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.recommender.mastery.domain.Answer;
import io.mlaprep.recommender.mastery.domain.KeyRecall;
import io.mlaprep.recommender.mastery.domain.LearningRate;
import io.mlaprep.recommender.mastery.domain.MasteryModel;
import io.mlaprep.recommender.mastery.domain.MasteryParameters;
import io.mlaprep.recommender.mastery.domain.MasteryState;
import io.mlaprep.recommender.mastery.domain.TaskIndex;
import io.mlaprep.recommender.memory.domain.MemoryState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EncodingTest {

    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    /** 600 answers over about four months, as in the benchmark: every double has used its full precision. */
    private static MasteryState afterSixHundredAnswers(MasteryModel model) {
        Random random = new Random(600);
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            boolean repeat = i % 3 == 0;
            answers.add(new Answer(TaskIndex.id(random.nextInt(TaskIndex.size())), random.nextDouble() < 0.65,
                    (random.nextInt(5) - 2) * 0.5, START.plusSeconds(i * 17_000L), repeat, 0.25,
                    repeat ? random.nextDouble() : 0));
        }
        return model.replay(answers);
    }

    private static MasteryState afterSixHundredAnswers() {
        return afterSixHundredAnswers(new MasteryModel());
    }

    @Test
    void masterySurvivesEncodingBitForBitAndTakesUnderTwoKilobytes() {
        MasteryState state = afterSixHundredAnswers();

        String encoded = Encoding.mastery(state);

        assertThat(Encoding.mastery(encoded)).isEqualTo(state);
        assertThat(Encoding.mastery(Encoding.mastery(encoded))).isEqualTo(encoded);
        assertThat(encoded.getBytes(StandardCharsets.UTF_8).length).isBetween(1_800, 2_048);
    }

    @Test
    void anEstimatedLearningRateSurvivesEncodingBitForBitAndAddsUnderFourHundredBytes() {
        MasteryState rated = afterSixHundredAnswers(
                new MasteryModel(MasteryParameters.defaults().withLearningRateSd(0.5)));
        MasteryState unrated = afterSixHundredAnswers();

        String encoded = Encoding.mastery(rated);

        assertThat(rated.learningRate()).isNotEqualTo(LearningRate.NONE);
        assertThat(Encoding.mastery(encoded)).isEqualTo(rated);
        assertThat(Encoding.mastery(Encoding.mastery(encoded))).isEqualTo(encoded);
        assertThat(encoded.getBytes(StandardCharsets.UTF_8).length
                - Encoding.mastery(unrated).getBytes(StandardCharsets.UTF_8).length).isBetween(150, 400);
    }

    @Test
    void masteryWhoseLearningRateWasNeverEstimatedIsStoredAsBefore() {
        MasteryState state = afterSixHundredAnswers();

        String encoded = Encoding.mastery(state);

        assertThat(encoded.split(";", -1)).hasSize(5);
        assertThat(Encoding.mastery(encoded).learningRate()).isEqualTo(LearningRate.NONE);
    }

    @Test
    void masteryStoredBeforeKeyRecallWasTrackedReadsWithNoEvidenceOnKeys() {
        MasteryState state = afterSixHundredAnswers();
        String encoded = Encoding.mastery(state);
        String withoutKeyRecall = encoded.substring(0, encoded.lastIndexOf(';'));

        MasteryState read = Encoding.mastery(withoutKeyRecall);

        assertThat(state.keyRecall().repeatWeight()).isPositive();
        assertThat(read.keyRecall()).isEqualTo(KeyRecall.NONE);
        assertThat(read.means()).isEqualTo(state.means());
        assertThat(read.lastAnswerAt()).isEqualTo(state.lastAnswerAt());
    }

    @Test
    void aNewLearnersMasteryHasNoLastAnswer() {
        MasteryState initial = new MasteryModel().initial();

        assertThat(Encoding.mastery(Encoding.mastery(initial))).isEqualTo(initial);
    }

    @Test
    void memoryStoredAsTextBeforeTheBucketsStillReads() {
        MemoryState read = Encoding.legacyMemory("3.17342|5.31765222|2|1|1767600000000|1767945600000");

        assertThat(read).isEqualTo(new MemoryState(3.17342, 5.31765222, 2, 1, START, START.plusSeconds(4 * 86_400)));
    }

    @Test
    void memoryStoredWithTheEventIdOfEarlierVersionsStillReads() {
        MemoryState read = Encoding.legacyMemory(
                "2.3065|2.11810397|1|0|1767600000000|1767859200000|7d1c2a8e-0f0e-4d6b-9a51-3c2f5e1b9d00");

        assertThat(read).isEqualTo(new MemoryState(2.3065, 2.11810397, 1, 0, START, START.plusSeconds(3 * 86_400)));
    }
}
