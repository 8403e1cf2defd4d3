package io.mlaprep.servicedefaults.exam;

import io.mlaprep.contracts.ScaledScore;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one scaled-score mapping, from {@code mla.exam.scale} (min-score, max-score, passing-score,
 * scored-items), else the exam guide's. Imported by the services that score exams or predict scores,
 * so both read the same keys.
 */
@Configuration(proxyBeanMethods = false)
public class ExamScaleConfiguration {

    @Bean
    ScaledScore examScale(Environment environment) {
        return Binder.get(environment).bind("mla.exam.scale", ScaledScore.class).orElse(ScaledScore.EXAM_GUIDE);
    }
}
