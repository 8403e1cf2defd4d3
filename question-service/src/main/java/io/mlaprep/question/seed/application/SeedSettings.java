package io.mlaprep.question.seed.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled  whether the seed bank is loaded at start
 * @param location where its files are, as a resource pattern
 */
@ConfigurationProperties("mla.seed")
public record SeedSettings(boolean enabled, String location) {
}
