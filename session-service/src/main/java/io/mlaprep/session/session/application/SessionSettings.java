package io.mlaprep.session.session.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param openTtl       how long an unfinished session is kept
 * @param finishedTtl   how long a finished session stays for review
 * @param examDuration  the exam simulation's time limit
 */
@ConfigurationProperties("mla.sessions")
public record SessionSettings(Duration openTtl, Duration finishedTtl, Duration examDuration, int defaultSize,
                              int maxSize) {
}
