package io.mlaprep.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExamGuideTest {

    @Test
    void domainWeightsAddUpToTheWholeExam() {
        assertThat(ExamGuide.DOMAINS.stream().mapToDouble(ExamGuide.Domain::weight).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void scoredAndUnscoredSlotsMatchTheExamFormat() {
        assertThat(ExamGuide.DOMAINS.stream().mapToInt(ExamGuide.Domain::scoredItems).sum())
                .isEqualTo(ExamGuide.SCORED_COUNT);
        assertThat(ExamGuide.DOMAINS.stream().mapToInt(ExamGuide.Domain::unscoredItems).sum())
                .isEqualTo(ExamGuide.UNSCORED_COUNT);
        assertThat(ExamGuide.SCORED_COUNT + ExamGuide.UNSCORED_COUNT).isEqualTo(ExamGuide.QUESTION_COUNT);
    }

    @Test
    void thereAreTwelveTaskStatementsEachInItsOwnDomain() {
        assertThat(ExamGuide.allTaskStatements()).hasSize(12);
        assertThat(ExamGuide.taskBelongsToDomain("2.3", 2)).isTrue();
        assertThat(ExamGuide.taskBelongsToDomain("2.3", 3)).isFalse();
        assertThat(ExamGuide.domainOf("4.1")).isEqualTo(4);
    }
}
