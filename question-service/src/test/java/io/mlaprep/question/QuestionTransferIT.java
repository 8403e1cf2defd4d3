package io.mlaprep.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.question.bank.web.QuestionPayload;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.TestTokenIssuer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Export, then import into an empty bank, then export again: the same content. Its own database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mongodb.database=transfer-round-trip")
@RealServers({Server.MONGO, Server.KAFKA})
class QuestionTransferIT {

    static final TestTokenIssuer TOKENS = TestTokenIssuer.install();

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
    void aLargeImportCanRunInTheBackgroundWithProgress() throws InterruptedException {
        ApiClient author = new ApiClient(port, "author-1", "AUTHOR");
        var accepted = org.springframework.web.client.RestClient.create("http://127.0.0.1:" + port).post()
                .uri("/api/questions/import")
                .header("Authorization", "Bearer " + TOKENS.token("author-1", List.of("AUTHOR"), Duration.ofMinutes(5)))
                .header("Prefer", "respond-async")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(GeneratedQuestions.of("async", 500))
                .retrieve().toEntity(Map.class);
        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        String location = accepted.getHeaders().getLocation().toString();

        Map<String, Object> job = Map.of();
        for (int i = 0; i < 100 && !"SUCCEEDED".equals(job.get("status")); i++) {
            Thread.sleep(200);
            job = (Map<String, Object>) author.get(location, Map.class).getBody();
        }
        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("written", 500).containsEntry("total", 500);
    }

    private static QuestionPayload editOf(QuestionPayload q) {
        return new QuestionPayload(null, q.version(), null, q.domain(), q.taskStatement(), q.type(),
                q.stem() + " (revised)", q.options(), q.responses(), q.correct(), q.explanation(), q.references(),
                q.difficulty());
    }
}
