package io.mlaprep.question.seed.application;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled  whether the seed bank is loaded at start
 * @param location where its files are, as a resource pattern
 */
@ConfigurationProperties("mla.seed")
public record SeedSettings(boolean enabled, String location) {

    /** A host that reads no application.yml (an in-process test service) hears at once what it must give. */
    public SeedSettings {
        Objects.requireNonNull(location, "mla.seed.location is not set: give it, and mla.seed.enabled, as "
                + "question-service's application.yml does");
    }
}
