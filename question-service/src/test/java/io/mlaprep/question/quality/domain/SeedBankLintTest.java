package io.mlaprep.question.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.question.bank.application.QuestionPayload;
import io.mlaprep.question.bank.domain.QuestionRules;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The seed bank keeps the lint's bar: no answer cues, no near-duplicates, the coverage the exam needs. */
class SeedBankLintTest {

    private static final List<String> SEED_FILES = List.of("domain-1.json", "domain-2.json", "domain-3.json",
            "domain-4.json");

    @Test
    void theSeedBankBreachesNoRule() throws IOException {
        List<LintedQuestion> bank = seed();

        QualityReport report = BankLint.check(bank, QualityPolicy.DEFAULT);

        assertThat(report.breaches()).as("lint of the seed bank: %s", report).isEmpty();
        assertThat(report.questions()).isGreaterThanOrEqualTo(360);
    }

    @Test
    void everySeedQuestionIsValid() throws IOException {
        for (LintedQuestion question : seed()) {
            assertThat(QuestionRules.check(question.content())).as(question.id()).isEmpty();
            assertThat(QuestionRules.checkId(question.id())).as(question.id()).isEmpty();
        }
    }

    static List<LintedQuestion> seed() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<LintedQuestion> bank = new ArrayList<>();
        for (String file : SEED_FILES) {
            try (InputStream in = SeedBankLintTest.class.getResourceAsStream("/seed/" + file)) {
                List<QuestionPayload> questions = json.readValue(in, new TypeReference<>() { });
                questions.forEach(q -> bank.add(new LintedQuestion(q.id(), q.content())));
            }
        }
        return bank;
    }
}
