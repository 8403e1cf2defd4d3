package io.mlaprep.recommender.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.recommender.learner.persistence.LearnerStore;
import io.mlaprep.recommender.mastery.domain.Answer;
import io.mlaprep.recommender.mastery.domain.AnswerFloor;
import io.mlaprep.recommender.mastery.domain.MasteryModel;
import io.mlaprep.recommender.memory.domain.Confidence;
import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.recommender.memory.domain.MemoryState;
import io.mlaprep.recommender.redis.RedisKeys;
import io.mlaprep.recommender.support.Answers;
import io.mlaprep.recommender.support.RecommenderServiceTest;
import io.mlaprep.testsupport.EventPublisher;
import io.mlaprep.testsupport.RedisFootprint;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * FSRS memories live in the learner's bucket hashes, each small enough to stay a listpack; memories stored
 * before the buckets, as {@code q:<questionId>} text fields of the learner hash, still read, and an answer moves
 * its question's memory into the bucket.
 */
@RecommenderServiceTest
class MemoryBucketsIT {

    @Autowired
    LearnerStore store;
    @Autowired
    RedisKeys keys;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    Fsrs fsrs;
    @Autowired
    MasteryModel mastery;

    @Test
    void aLearnerWithHundredsOfMemoriesKeepsEveryBucketAListpack() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String learner = "buckets-" + run;
        List<QuestionChanged> catalogue = Answers.catalogue("bk" + run, 25);
        // recent answers: every answer's delay adds to the service's event-delay histogram, which PrometheusMetricsIT
        // reads in the same context (its nanosecond sum overflows past 292 years)
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(20));
        List<AnswerSubmitted> answers = new ArrayList<>();
        for (int i = 0; i < catalogue.size(); i++) {
            QuestionChanged question = catalogue.get(i);
            answers.add(Answers.answer(learner, question.questionId(), question.taskStatement(), i % 3 != 0, null,
                    start.plusSeconds(i * 5_000L)));
        }
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(answers);
        }
        await().atMost(Duration.ofSeconds(90)).until(() ->
                store.mastery(learner).map(m -> m.totalAnswers() == catalogue.size()).orElse(false));

        long stored = 0;
        for (String bucket : keys.memoryBuckets(learner)) {
            assertThat(RedisFootprint.encoding(redis, bucket)).as(bucket).isEqualTo("listpack");
            stored += redis.opsForHash().size(bucket);
        }
        assertThat(stored).isEqualTo(300);
        assertThat(redis.opsForHash().keys(keys.learner(learner)))
                .noneMatch(field -> ((String) field).startsWith("q:"));
        Map<String, MemoryState> memory = store.load(learner).memory();
        LearnerStore.PlanContext forPlan = store.forPlan(learner);
        assertThat(forPlan.answered()).as("a plan's answered questions, from the field names alone")
                .isEqualTo(memory.keySet());
        assertThat(forPlan.mastery()).isEqualTo(store.mastery(learner));
        assertThat(memory).hasSize(300).containsOnlyKeys(catalogue.stream().map(QuestionChanged::questionId).toList());
        String last = catalogue.getLast().questionId();
        assertThat(store.memory(learner, last)).contains(memory.get(last));
        assertThat(memory.get(last).lastReview()).isEqualTo(start.plusSeconds(299 * 5_000L));
    }

    @Test
    void whetherAnItemsFirstAnswerWasWrongIsKeptWithItsMemoryThroughLaterAnswers() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String learner = "first-" + run;
        List<QuestionChanged> catalogue = Answers.catalogue("fw" + run, 1);
        QuestionChanged wrongFirst = catalogue.get(0);
        QuestionChanged rightFirst = catalogue.get(1);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(6));
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(List.of(
                    Answers.answer(learner, wrongFirst.questionId(), wrongFirst.taskStatement(), false, null, start),
                    Answers.answer(learner, rightFirst.questionId(), rightFirst.taskStatement(), true, null,
                            start.plus(Duration.ofDays(1))),
                    Answers.answer(learner, wrongFirst.questionId(), wrongFirst.taskStatement(), true, null,
                            start.plus(Duration.ofDays(3))),
                    Answers.answer(learner, rightFirst.questionId(), rightFirst.taskStatement(), false, null,
                            start.plus(Duration.ofDays(4)))));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                store.mastery(learner).map(m -> m.totalAnswers() == 4).orElse(false));

        // FSRS's lapses count neither first answer, so only this says which item was missed first
        LearnerStore.AnswerContext missed = store.forAnswer(learner, wrongFirst.questionId(), "_o:none");
        LearnerStore.AnswerContext known = store.forAnswer(learner, rightFirst.questionId(), "_o:none");
        assertThat(missed.firstAnswerWrong()).isTrue();
        assertThat(missed.memory().lapses()).isZero();
        assertThat(known.firstAnswerWrong()).isFalse();
        assertThat(known.memory().lapses()).isEqualTo(1);

        // and the repeats reached the mastery model with their earlier answers: one wrong, then one right
        double floor = AnswerFloor.guess(QuestionType.MULTIPLE_CHOICE);
        MemoryState wrongMemory = fsrs.answer(null, false, null, start);
        MemoryState rightMemory = fsrs.answer(null, true, null, start.plus(Duration.ofDays(1)));
        Instant third = start.plus(Duration.ofDays(3));
        Instant fourth = start.plus(Duration.ofDays(4));
        List<Answer> withHistory = List.of(
                new Answer(wrongFirst.taskStatement(), false, 0.0, start, false, floor, 0),
                new Answer(rightFirst.taskStatement(), true, 0.0, start.plus(Duration.ofDays(1)), false, floor, 0),
                new Answer(wrongFirst.taskStatement(), true, 0.0, third, true, floor,
                        fsrs.retrievability(wrongMemory, third), 0, 1),
                new Answer(rightFirst.taskStatement(), false, 0.0, fourth, true, floor,
                        fsrs.retrievability(rightMemory, fourth), 1, 0));
        List<Answer> withoutHistory = withHistory.stream().map(a -> new Answer(a.taskStatement(), a.correct(),
                a.itemDifficulty(), a.occurredAt(), a.repeat(), a.floor(), a.recall())).toList();
        double[] stored = store.mastery(learner).orElseThrow().means();
        assertThat(stored).isEqualTo(mastery.replay(withHistory).means())
                .isNotEqualTo(mastery.replay(withoutHistory).means());
    }

    @Test
    void memoriesStoredBeforeTheBucketsReadAndAnAnswerMovesOneIntoItsBucket() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String learner = "legacy-" + run;
        List<QuestionChanged> catalogue = Answers.catalogue("lg" + run, 1);
        QuestionChanged answered = catalogue.get(0);
        String untouched = catalogue.get(1).questionId();
        Instant reviewed = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(10));
        MemoryState legacy = new MemoryState(2.3065, 2.11810397, 1, 0, reviewed, reviewed.plus(Duration.ofDays(2)));
        MemoryState other = new MemoryState(8.2956, 6.4133, 3, 1, reviewed, reviewed.plus(Duration.ofDays(8)));
        String learnerHash = keys.learner(learner);
        redis.opsForHash().put(learnerHash, "q:" + answered.questionId(),
                "2.3065|2.11810397|1|0|" + reviewed.toEpochMilli() + "|" + legacy.due().toEpochMilli() + "|seeded");
        redis.opsForHash().put(learnerHash, "q:" + untouched,
                "8.2956|6.4133|3|1|" + reviewed.toEpochMilli() + "|" + other.due().toEpochMilli());

        assertThat(store.load(learner).memory()).containsExactlyInAnyOrderEntriesOf(
                Map.of(answered.questionId(), legacy, untouched, other));
        assertThat(store.forPlan(learner).answered()).containsExactlyInAnyOrder(answered.questionId(), untouched);
        assertThat(store.memory(learner, answered.questionId())).contains(legacy);
        assertThat(store.memories(learner, List.of(answered.questionId(), "never-" + run, untouched)))
                .containsExactly(Map.entry(answered.questionId(), legacy), Map.entry(untouched, other));

        Instant answeredAt = reviewed.plus(Duration.ofDays(5));
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(List.of(Answers.answer(learner, answered.questionId(), answered.taskStatement(), true,
                    "MEDIUM", answeredAt)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                store.mastery(learner).map(m -> m.totalAnswers() == 1).orElse(false));

        MemoryState moved = new Fsrs().answer(legacy, true, Confidence.MEDIUM, answeredAt);
        assertThat(moved.reps()).isEqualTo(2);
        assertThat(redis.opsForHash().hasKey(learnerHash, "q:" + answered.questionId())).isFalse();
        assertThat(redis.opsForHash().hasKey(learnerHash, "q:" + untouched)).isTrue();
        assertThat(redis.opsForHash().hasKey(keys.memoryBucket(learner, answered.questionId()),
                answered.questionId())).isTrue();
        assertThat(store.memory(learner, answered.questionId())).contains(moved);
        assertThat(store.memories(learner, List.of(answered.questionId(), untouched)))
                .containsExactly(Map.entry(answered.questionId(), moved), Map.entry(untouched, other));
        assertThat(store.load(learner).memory()).containsExactlyInAnyOrderEntriesOf(
                Map.of(answered.questionId(), moved, untouched, other));

        // a legacy field written after the answer (an old seed) does not hide the bucket's memory
        redis.opsForHash().put(learnerHash, "q:" + answered.questionId(),
                "2.3065|2.11810397|1|0|" + reviewed.toEpochMilli() + "|" + legacy.due().toEpochMilli());
        assertThat(store.memory(learner, answered.questionId())).contains(moved);
        assertThat(store.memories(learner, List.of(answered.questionId()))).containsExactly(
                Map.entry(answered.questionId(), moved));
        assertThat(store.load(learner).memory()).containsEntry(answered.questionId(), moved);
    }
}
