package io.mlaprep.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.QuestionType;
import io.mlaprep.question.bank.application.QuestionPayload;
import io.mlaprep.question.bank.domain.AnswerKey;
import io.mlaprep.question.bank.domain.Option;
import io.mlaprep.question.bank.domain.QuestionContent;
import io.mlaprep.question.bank.domain.QuestionStatus;
import io.mlaprep.question.support.QuestionServiceTest;
import io.mlaprep.testsupport.ApiClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/** The bank lint through the API: the seed bank's report, who may read it, and warnings on import. Its own database. */
@QuestionServiceTest(properties = "spring.mongodb.database=bank-quality")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BankQualityIT {

    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void authorsReadTheLintOfTheSeedBankAndItIsClean() {
        ResponseEntity<Map> response = new ApiClient(port, "author-1", "AUTHOR").get("/api/questions/quality", Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> report = response.getBody();
        assertThat(((Number) report.get("questions")).intValue()).isGreaterThanOrEqualTo(360);
        assertThat((List<?>) report.get("breaches")).isEmpty();
        Map<String, Object> coverage = (Map<String, Object>) report.get("coverage");
        assertThat((List<Map<String, Object>>) coverage.get("taskStatements")).hasSize(12)
                .allSatisfy(task -> assertThat(((Number) task.get("items")).intValue()).isGreaterThanOrEqualTo(30));
        Map<String, Object> multipleChoice = (Map<String, Object>) ((Map<String, Object>) report.get("cues"))
                .get("multipleChoice");
        assertThat(((Number) multipleChoice.get("keyLongestShare")).doubleValue()).isLessThanOrEqualTo(0.30);
    }

    @Test
    @Order(2)
    void onlyAuthorsAndAdminsMayReadTheLint() {
        assertThat(new ApiClient(port, "admin-1", "ADMIN").get("/api/questions/quality", Map.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(new ApiClient(port, "instructor-1", "INSTRUCTOR").get("/api/questions/quality", Map.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(new ApiClient(port, "learner-1", "LEARNER").get("/api/questions/quality", Map.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void anImportIsStoredWithAWarningForEachCueAndNearDuplicateItAdds() {
        ApiClient author = new ApiClient(port, "author-1", "AUTHOR");
        QuestionPayload seedItem = author.get("/api/questions/d1-t11-001", QuestionPayload.class).getBody();
        QuestionPayload copy = new QuestionPayload("copy-of-d1-t11-001", null, null, seedItem.domain(),
                seedItem.taskStatement(), seedItem.type(), seedItem.stem(), seedItem.options(), seedItem.responses(),
                seedItem.correct(), seedItem.explanation(), seedItem.references(), seedItem.difficulty());

        ResponseEntity<Map> imported = author.post("/api/questions/import",
                List.of(GeneratedQuestions.payload("long-key-1", null, QuestionStatus.ACTIVE, longKey()), copy), Map.class);

        assertThat(imported.getStatusCode().value()).isEqualTo(201);
        assertThat(imported.getBody()).containsEntry("imported", 2).containsEntry("warningCount", 2);
        assertThat((List<Map<String, Object>>) imported.getBody().get("warnings"))
                .extracting(w -> w.get("index"), w -> w.get("id"), w -> w.get("rule"))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(0, "long-key-1", "KEY_LONGEST"),
                        org.assertj.core.groups.Tuple.tuple(1, "copy-of-d1-t11-001", "NEAR_DUPLICATE"));
        Map<String, Object> report = author.get("/api/questions/quality", Map.class).getBody();
        assertThat((List<Map<String, Object>>) report.get("nearDuplicates"))
                .anySatisfy(pair -> assertThat(List.of(pair.get("first"), pair.get("second")))
                        .contains("copy-of-d1-t11-001", "d1-t11-001"));
    }

    private static QuestionContent longKey() {
        return new QuestionContent(2, "2.3", QuestionType.MULTIPLE_CHOICE,
                "A bank scores loan applications with a binary classifier. Only 2 % of applicants default. Which"
                        + " metric should the team watch?",
                List.of(new Option("a", "Precision-recall AUC, because it tracks how well the rare defaults are ranked"
                                + " above the many repaid loans", "Correct."),
                        new Option("b", "Accuracy", "Misleading on rare classes."),
                        new Option("c", "Training time", "Not a quality metric."),
                        new Option("d", "Row count", "Not a quality metric.")),
                null, new AnswerKey(List.of("a"), null, null), "Rare positives need PR AUC.",
                List.of("https://docs.aws.amazon.com/sagemaker/latest/dg/autopilot-metrics-validation.html"), 0.0);
    }
}
