package io.mlaprep.servicedefaults.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlaprep.contracts.ScaledScore;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ExamScaleConfigurationTest {

    private final ExamScaleConfiguration configuration = new ExamScaleConfiguration();

    @Test
    void withoutSettingsTheExamGuidesScaleApplies() {
        assertThat(configuration.examScale(new MockEnvironment())).isEqualTo(ScaledScore.EXAM_GUIDE);
    }

    @Test
    void theScaleIsReadFromTheSharedKeys() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("mla.exam.scale.min-score", "200")
                .withProperty("mla.exam.scale.max-score", "1000")
                .withProperty("mla.exam.scale.passing-score", "750")
                .withProperty("mla.exam.scale.scored-items", "50");

        assertThat(configuration.examScale(environment)).isEqualTo(new ScaledScore(200, 1000, 750, 50));
    }

    @Test
    void anInconsistentScaleStopsTheServiceFromStarting() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("mla.exam.scale.min-score", "100")
                .withProperty("mla.exam.scale.max-score", "1000")
                .withProperty("mla.exam.scale.passing-score", "1200")
                .withProperty("mla.exam.scale.scored-items", "50");

        assertThatThrownBy(() -> configuration.examScale(environment)).hasStackTraceContaining("inconsistent scale");
    }
}
