package io.mlaprep.session.delivery.domain;

import static io.mlaprep.session.delivery.domain.SessionStates.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {

    private final Session exam = SessionStates.examSession(65);

    @Test
    void anExamIsNotExpiredBeforeItsDeadline() {
        assertThat(exam.isExpiredAt(DEADLINE.minusMillis(1))).isFalse();
    }

    @Test
    void anExamExpiresExactlyAtItsDeadline() {
        assertThat(exam.isExpiredAt(DEADLINE)).isTrue();
    }

    @Test
    void anExamStaysExpiredAfterItsDeadline() {
        assertThat(exam.isExpiredAt(DEADLINE.plus(Duration.ofDays(1)))).isTrue();
    }

    @Test
    void aSessionWithoutDeadlineNeverExpires() {
        Session practice = SessionStates.practiceSession(SessionMode.PRACTICE, 10);

        assertThat(practice.isExpiredAt(Instant.MAX)).isFalse();
    }

    @Test
    void isOpenWhileInProgress() {
        assertThat(exam.isOpen()).isTrue();
    }

    @Test
    void isNotOpenOnceFinished() {
        assertThat(SessionStates.finished(exam).isOpen()).isFalse();
    }

    @Test
    void onlyExamModeIsAnExam() {
        for (SessionMode mode : SessionMode.values()) {
            assertThat(mode.isExam()).as(mode.name()).isEqualTo(mode == SessionMode.EXAM);
        }
    }
}
