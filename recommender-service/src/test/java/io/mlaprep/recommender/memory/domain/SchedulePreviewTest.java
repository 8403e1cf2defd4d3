package io.mlaprep.recommender.memory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulePreviewTest {

    private static final Instant START = Instant.parse("2026-11-01T08:15:30.123Z");

    private final Fsrs fsrs = new Fsrs();
    private final SchedulePreview preview = new SchedulePreview(fsrs);

    @Test
    void thePreviewIsTheMemoryTheLearnerModelsUpdateLeavesForEveryAnswer() {
        for (MemoryState prior : priors()) {
            Instant at = prior == null ? START : prior.lastReview().plus(Duration.ofDays(6)).plusMillis(777);
            for (boolean correct : new boolean[] {false, true}) {
                for (Confidence confidence : confidencesAndNone()) {
                    MemoryState updated = fsrs.answer(prior, correct, confidence, at);
                    assertThat(preview.after(prior, correct, confidence, at))
                            .as("prior %s, correct %s, confidence %s", prior, correct, confidence)
                            .isEqualTo(updated)
                            .isEqualTo(fsrs.review(prior, Grade.fromAnswer(correct, confidence), at));
                }
            }
        }
    }

    @Test
    void theOutlookAtTheStartOfADayForeseesWhatEveryAnswerLaterThatDaySchedules() {
        for (MemoryState prior : priors()) {
            Instant day = (prior == null ? START : prior.lastReview().plus(Duration.ofDays(6)))
                    .truncatedTo(ChronoUnit.DAYS);
            AnswerOutlook outlook = preview.outlook(prior, day.plus(Duration.ofHours(1)));
            Instant answered = day.plus(Duration.ofDays(1)).minusMillis(1);
            for (boolean correct : new boolean[] {false, true}) {
                AnswerOutlook.Days days = correct ? outlook.right() : outlook.wrong();
                List<Integer> byConfidence = List.of(days.none(), days.low(), days.medium(), days.high());
                List<Confidence> confidences = Arrays.asList(null, Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH);
                for (int i = 0; i < confidences.size(); i++) {
                    assertThat(answered.plus(Duration.ofDays(byConfidence.get(i))))
                            .as("prior %s, correct %s, confidence %s", prior, correct, confidences.get(i))
                            .isEqualTo(fsrs.answer(prior, correct, confidences.get(i), answered).due());
                }
            }
        }
    }

    @Test
    void eachGradeSchedulesItsOwnIntervalFromTheSameMemory() {
        MemoryState prior = fsrs.firstReview(Grade.GOOD, START);
        Instant at = START.plus(Duration.ofDays(3));

        Instant again = preview.after(prior, false, Confidence.HIGH, at).due();
        Instant hard = preview.after(prior, true, Confidence.LOW, at).due();
        Instant good = preview.after(prior, true, null, at).due();
        Instant easy = preview.after(prior, true, Confidence.HIGH, at).due();

        assertThat(List.of(again, hard, good, easy)).isSortedAccordingTo(Instant::compareTo).doesNotHaveDuplicates();
        assertThat(preview.after(prior, true, Confidence.MEDIUM, at).due()).isEqualTo(good);
    }

    @Test
    void anAnswerTheModelAppliedAlreadyIsNotAppliedAgain() {
        MemoryState prior = fsrs.firstReview(Grade.GOOD, START);
        Instant at = START.plus(Duration.ofDays(4)).plusNanos(456_789);
        MemoryState applied = fsrs.answer(prior, true, Confidence.HIGH, at);

        assertThat(preview.after(applied, true, Confidence.HIGH, at)).isEqualTo(applied);
        assertThat(preview.after(prior, true, Confidence.HIGH, at)).isEqualTo(applied);
    }

    @Test
    void aQuestionNeverAnsweredIsPreviewedAsItsFirstReview() {
        MemoryState first = preview.after(null, true, null, START);

        assertThat(first).isEqualTo(fsrs.firstReview(Grade.GOOD, START));
        assertThat(first.scheduledDays()).isEqualTo(3);
    }

    private List<MemoryState> priors() {
        List<MemoryState> priors = new ArrayList<>();
        priors.add(null);
        MemoryState state = null;
        Instant at = START;
        for (Grade grade : List.of(Grade.GOOD, Grade.AGAIN, Grade.EASY, Grade.HARD, Grade.GOOD)) {
            state = fsrs.review(state, grade, at);
            priors.add(state);
            at = state.due().plus(Duration.ofHours(5));
        }
        return priors;
    }

    private static List<Confidence> confidencesAndNone() {
        List<Confidence> all = new ArrayList<>(Arrays.asList(Confidence.values()));
        all.add(null);
        return all;
    }
}
