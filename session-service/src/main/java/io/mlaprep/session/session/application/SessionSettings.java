package io.mlaprep.session.session.application;

import io.mlaprep.session.exam.domain.ScaledScore;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param openTtl       how long an unfinished session is kept
 * @param finishedTtl   how long a finished session stays for review
 * @param examDuration  the exam simulation's time limit
 * @param scale         the scaled-score mapping (see {@link ScaledScore})
 */
@ConfigurationProperties("mla.sessions")
public record SessionSettings(Duration openTtl, Duration finishedTtl, Duration examDuration, int defaultSize,
                              int maxSize, Scale scale) {

    public record Scale(int minScore, int maxScore, int passingScore, int scoredItems) {

        public ScaledScore toScaledScore() {
            return new ScaledScore(minScore, maxScore, passingScore, scoredItems);
        }
    }
}
