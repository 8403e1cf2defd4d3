package io.mlaprep.question.seed.application;

import io.mlaprep.question.bank.application.QuestionPayload;
import io.mlaprep.question.bank.domain.QuestionContent;
import io.mlaprep.question.bank.domain.QuestionRules;
import io.mlaprep.question.bank.domain.Violation;
import io.mlaprep.question.bank.persistence.QuestionStore;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * At start: indexes, clean-up of imports a crash left staged, and the seed bank. Seeding is
 * idempotent: a new seed question is added, a changed one gets a new version, and a question an
 * author has edited or retired is left as the author left it.
 */
@Component
public class BankStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BankStartup.class);

    private final QuestionStore store;
    private final JsonMapper json;
    private final Clock clock;
    private final SeedSettings seed;

    public BankStartup(QuestionStore store, JsonMapper json, Clock clock, SeedSettings seed) {
        this.store = store;
        this.json = json;
        this.clock = clock;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        store.ensureIndexes();
        long abandoned = store.discardAbandonedStaging(clock.instant().minus(Duration.ofHours(1)));
        if (abandoned > 0) {
            log.warn("removed {} questions of imports that never completed", abandoned);
        }
        if (seed.enabled()) {
            loadSeed();
        }
    }

    private void loadSeed() throws IOException {
        Map<String, QuestionContent> bank = new LinkedHashMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(seed.location())) {
            List<QuestionPayload> questions;
            try (InputStream in = resource.getInputStream()) {
                questions = json.readValue(in, new TypeReference<>() { });
            }
            for (QuestionPayload question : questions) {
                List<Violation> violations = new ArrayList<>(QuestionRules.check(question.content()));
                QuestionRules.checkId(question.id()).ifPresent(violations::add);
                if (!violations.isEmpty()) {
                    throw new IllegalStateException("seed question " + question.id() + " in " + resource
                            + " is invalid: " + violations);
                }
                bank.put(question.id(), question.content());
            }
        }
        QuestionStore.SeedResult result = store.applySeed(bank, clock.instant());
        log.info("seed bank: {} questions, {} added and {} updated now", bank.size(), result.added(),
                result.updated());
    }
}
