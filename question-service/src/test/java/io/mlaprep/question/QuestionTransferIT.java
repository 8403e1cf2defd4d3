package io.mlaprep.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.question.bank.application.QuestionPayload;
import io.mlaprep.question.support.QuestionServiceTest;
import io.mlaprep.testsupport.ApiClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Export, then import into an empty bank, then export again: the same content. Its own database. */
@QuestionServiceTest(properties = "spring.mongodb.database=transfer-round-trip")
class QuestionTransferIT {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;

    @Test
    void exportImportExportGivesIdenticalContent() {
        ApiClient author = new ApiClient(port, "author-1", "AUTHOR");
        author.put("/api/questions/d2-t21-001", editOf(author.get("/api/questions/d2-t21-001", QuestionPayload.class)
                .getBody()), Map.class);
        author.delete("/api/questions/d4-t43-002", Map.class);
        String first = author.get("/api/questions/export", String.class).getBody();
        List<QuestionPayload> exported = json.readValue(first, new TypeReference<>() { });
        assertThat(exported).hasSizeGreaterThanOrEqualTo(132);

        mongo.dropCollection("questions");
        assertThat(author.get("/api/questions?size=1", Map.class).getBody()).containsEntry("totalItems", 0);

        var imported = author.post("/api/questions/import", exported, Map.class);
        assertThat(imported.getStatusCode().value()).isEqualTo(201);
        String second = author.get("/api/questions/export", String.class).getBody();

        assertThat(second).isEqualTo(first);
        assertThat(first).contains("\"id\":\"d2-t21-001\",\"version\":2").contains("\"id\":\"d4-t43-002\",\"version\":1,\"status\":\"RETIRED\"");
    }

    @Test
    void aLargeImportCanRunInTheBackgroundWithProgress() {
        ApiClient author = new ApiClient(port, "author-1", "AUTHOR");
        var accepted = author.post("/api/questions/import", GeneratedQuestions.of("async", 500),
                Map.of("Prefer", "respond-async"), Map.class);
        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        String location = accepted.getHeaders().getLocation().toString();

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(author.get(location, Map.class).getBody())
                        .containsEntry("status", "SUCCEEDED").containsEntry("written", 500).containsEntry("total", 500));
    }

    private static QuestionPayload editOf(QuestionPayload q) {
        return new QuestionPayload(null, q.version(), null, q.domain(), q.taskStatement(), q.type(),
                q.stem() + " (revised)", q.options(), q.responses(), q.correct(), q.explanation(), q.references(),
                q.difficulty());
    }
}
