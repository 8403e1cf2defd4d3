package io.mlaprep.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.question.bank.application.QuestionPayload;
import io.mlaprep.question.bank.domain.AnswerKey;
import io.mlaprep.question.bank.domain.QuestionContent;
import io.mlaprep.question.bank.domain.QuestionStatus;
import io.mlaprep.question.bank.persistence.QuestionStore;
import io.mlaprep.question.support.QuestionServiceTest;
import io.mlaprep.testsupport.ApiClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

@QuestionServiceTest
class QuestionBankIT {

    @LocalServerPort
    int port;
    @Autowired
    QuestionStore store;
    ApiClient author;
    ApiClient learner;
    ApiClient instructor;

    @BeforeEach
    void clients() {
        author = new ApiClient(port, "author-1", "AUTHOR");
        learner = new ApiClient(port, "learner-1", "LEARNER");
        instructor = new ApiClient(port, "instructor-1", "INSTRUCTOR");
    }

    @Test
    void unreadableBodiesAreToldWhatToFixWithoutTheParsersOwnWords() {
        String tooBig = "{\"domain\": 99999999999, \"taskStatement\": \"1.1\"}";
        String tooDeep = "[".repeat(1_500) + "]".repeat(1_500);
        String cutShort = "{\"stem\": ";

        for (String body : List.of(tooBig, tooDeep, cutShort)) {
            ResponseEntity<Map> refused = author.post("/api/questions", body, Map.class);
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat(refused.getBody().toString()).as(body.substring(0, Math.min(12, body.length())))
                    .doesNotContain("`", "out of range of", "StreamReadConstraints", "jackson", "Exception");
        }
        assertThat((String) author.post("/api/questions", cutShort, Map.class).getBody().get("detail"))
                .contains("not valid JSON (line 1, column");
    }

    @Test
    void characterTomcatRefusesInAQueryStillGetAProblemNotAnHtmlPage() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /api/questions?domain[$ne]=1 HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json")
                    .doesNotContain("<html");
        }
    }

    @Test
    void anImportFromSomeoneWhoMayNotImportIsRefusedBeforeItsBodyIsRead() {
        String unreadable = "[{\"id\": \"never-parsed\", " + "\"stem\": \"x\", ".repeat(50_000);

        ResponseEntity<Map> byLearner = learner.post("/api/questions/import", unreadable, Map.class);
        ResponseEntity<Map> byInstructor = instructor.post("/api/questions/import", unreadable, Map.class);
        ResponseEntity<Map> byAuthor = author.post("/api/questions/import", unreadable, Map.class);

        assertThat(byLearner.getStatusCode().value()).as("refused, not parsed into a 400").isEqualTo(403);
        assertThat(byInstructor.getStatusCode().value()).isEqualTo(403);
        assertThat(byAuthor.getStatusCode().value()).as("an author's broken file is read and refused").isEqualTo(400);
    }

    @Test
    void aQuestionFromSomeoneWhoMayNotWriteQuestionsIsRefusedBeforeItIsRead() {
        String unreadable = "{\"stem\": ";
        for (ApiClient mayNot : List.of(learner, instructor)) {
            assertThat(mayNot.post("/api/questions", unreadable, Map.class).getStatusCode().value())
                    .as("refused, not parsed into a 400").isEqualTo(403);
            assertThat(mayNot.put("/api/questions/d1-t11-001", unreadable, Map.class).getStatusCode().value())
                    .isEqualTo(403);
        }
        assertThat(author.post("/api/questions", unreadable, Map.class).getStatusCode().value())
                .as("an author's broken question is read and refused").isEqualTo(400);
        assertThat(author.put("/api/questions/d1-t11-001", unreadable, Map.class).getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void aChangedSeedQuestionGetsANewVersionUnlessAnAuthorHasEditedIt() {
        QuestionContent shipped = Questions.multipleChoice();
        QuestionContent fixed = withStem(shipped, "A team compares two binary classifiers on data with 1 % positives."
                + " Which metric should it favour?");
        Instant now = Instant.now();
        assertThat(store.applySeed(Map.of("seed-upd-1", shipped, "seed-upd-2", shipped), now))
                .isEqualTo(new QuestionStore.SeedResult(2, 0));

        assertThat(store.applySeed(Map.of("seed-upd-1", fixed), now)).isEqualTo(new QuestionStore.SeedResult(0, 1));
        assertThat(store.applySeed(Map.of("seed-upd-1", fixed), now)).as("same content again")
                .isEqualTo(new QuestionStore.SeedResult(0, 0));
        assertThat(author.get("/api/questions/seed-upd-1", Map.class).getBody())
                .containsEntry("version", 2).containsEntry("stem", fixed.stem());

        author.put("/api/questions/seed-upd-2", GeneratedQuestions.payload(null, 1, null,
                withStem(shipped, "An author's own wording?")), Map.class);
        assertThat(store.applySeed(Map.of("seed-upd-2", fixed), now)).as("the author's edit stands")
                .isEqualTo(new QuestionStore.SeedResult(0, 0));
        assertThat(author.get("/api/questions/seed-upd-2", Map.class).getBody())
                .containsEntry("version", 2).containsEntry("stem", "An author's own wording?");
    }

    @Test
    void twoInstancesSeedingAtOnceAddEachQuestionOnce() throws Exception {
        Map<String, QuestionContent> bank = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            bank.put("seed-race-" + i, Questions.multipleChoice());
        }
        Instant now = Instant.now();
        store.create("seed-race-7", Questions.multipleChoice(), QuestionStore.Origin.SEED, now);
        try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
            List<Future<QuestionStore.SeedResult>> results = instances.invokeAll(List.of(
                    () -> store.applySeed(bank, now), () -> store.applySeed(bank, now)));
            int added = 0;
            for (Future<QuestionStore.SeedResult> result : results) {
                added += result.get().added();
            }
            assertThat(added).as("added by the two together").isEqualTo(39);
        }
        for (String id : bank.keySet()) {
            assertThat(author.get("/api/questions/" + id, Map.class).getBody()).containsEntry("version", 1);
        }
    }

    private static QuestionContent withStem(QuestionContent content, String stem) {
        return new QuestionContent(content.domain(), content.taskStatement(), content.type(), stem, content.options(),
                content.responses(), content.correct(), content.explanation(), content.references(),
                content.difficulty());
    }

    @Test
    void anAuthorCreatesEditsAndRetiresAQuestionAndEveryVersionStaysReadable() {
        ResponseEntity<Map> created = author.post("/api/questions",
                GeneratedQuestions.payload(null, null, null, Questions.multipleChoice()), Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String id = (String) created.getBody().get("id");
        assertThat(created.getBody()).containsEntry("version", 1).containsEntry("status", "ACTIVE");

        QuestionPayload edit = GeneratedQuestions.payload(null, 1, null, Questions.multipleChoice());
        edit = new QuestionPayload(null, 1, null, edit.domain(), edit.taskStatement(), edit.type(), "Edited stem?",
                edit.options(), null, edit.correct(), edit.explanation(), edit.references(), null);
        ResponseEntity<Map> edited = author.put("/api/questions/" + id, edit, Map.class);
        assertThat(edited.getBody()).containsEntry("version", 2).containsEntry("stem", "Edited stem?");

        ResponseEntity<Map> stale = author.put("/api/questions/" + id, edit, Map.class);
        assertThat(stale.getStatusCode().value()).isEqualTo(409);

        assertThat(author.get("/api/questions/" + id + "/versions/1", Map.class).getBody())
                .containsEntry("version", 1).doesNotContainEntry("stem", "Edited stem?");

        ResponseEntity<Map> retired = author.delete("/api/questions/" + id, Map.class);
        assertThat(retired.getBody()).containsEntry("status", "RETIRED");
        assertThat(author.get("/api/questions/" + id, Map.class).getBody()).containsEntry("status", "RETIRED");
    }

    @Test
    void theVersionHistoryListsEveryVersionNewestFirstForWhoeverMayReadTheQuestion() {
        String id = (String) author.post("/api/questions",
                GeneratedQuestions.payload(null, null, null, Questions.multipleChoice()), Map.class).getBody().get("id");
        author.put("/api/questions/" + id, GeneratedQuestions.payload(null, 1, null, Questions.multipleChoice()), Map.class);
        author.put("/api/questions/" + id, GeneratedQuestions.payload(null, 2, null, Questions.multipleChoice()), Map.class);
        author.delete("/api/questions/" + id, Map.class);

        ResponseEntity<List> history = instructor.get("/api/questions/" + id + "/versions", List.class);

        assertThat(history.getStatusCode().value()).isEqualTo(200);
        List<Map<String, Object>> versions = history.getBody();
        assertThat(versions).extracting(v -> v.get("version")).containsExactly(3, 2, 1);
        assertThat(versions).extracting(v -> v.get("current")).containsExactly(true, false, false);
        assertThat(versions).allSatisfy(v -> {
            assertThat(v).containsEntry("status", "RETIRED");
            assertThat(Instant.parse((String) v.get("savedAt"))).isBeforeOrEqualTo(Instant.now());
        });
        assertThat(author.get("/api/questions/" + id + "/versions", List.class).getBody()).hasSize(3);
        assertThat(learner.get("/api/questions/" + id + "/versions", Map.class).getStatusCode().value()).isEqualTo(403);
        assertThat(ApiClient.withBearer(port, null).get("/api/questions/" + id + "/versions", Map.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(author.get("/api/questions/no-such-question/versions", Map.class).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void invalidQuestionsAreRejectedWithAProblemPerField() {
        QuestionPayload broken = GeneratedQuestions.payload(null, null, null, Questions.multipleResponse());
        broken = new QuestionPayload(null, null, null, 4, "2.1", broken.type(), "No count here",
                broken.options().subList(0, 3), null, new AnswerKey(List.of("a"), null, null), "",
                List.of("ftp://x"), 9.0);
        ResponseEntity<Map> response = author.post("/api/questions", broken, Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat((List<Map<String, String>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
                .contains("taskStatement", "explanation", "references[0]", "difficulty", "options", "correct.optionIds");
    }

    @Test
    void anImportWithThreeBadEntriesAmongFiftyStoresNothingAndNamesThem() {
        List<QuestionPayload> entries = new ArrayList<>(GeneratedQuestions.of("bad-batch", 50));
        entries.set(7, without(entries.get(7), "stem"));
        entries.set(23, without(entries.get(23), "correct"));
        entries.set(41, without(entries.get(41), "references"));
        long before = total();

        ResponseEntity<Map> response = author.post("/api/questions/import", entries, Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors")).extracting(e -> e.get("index"))
                .containsExactly(7, 23, 41);
        assertThat(total()).isEqualTo(before);
        assertThat(author.get("/api/questions/bad-batch-0", Map.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void anImportedIdThatIsAWordOfTheApiIsReportedAsReserved() {
        QuestionPayload entry = GeneratedQuestions.of("reserved", 1).getFirst();
        entry = new QuestionPayload("export", null, null, entry.domain(), entry.taskStatement(), entry.type(),
                entry.stem(), entry.options(), entry.responses(), entry.correct(), entry.explanation(),
                entry.references(), entry.difficulty());

        ResponseEntity<Map> response = author.post("/api/questions/import", List.of(entry), Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors")).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("field", "id");
            assertThat((String) error.get("message")).contains("reserved");
        });
    }

    @Test
    void aCleanImportStoresEveryEntryWithItsVersionAndStatus() {
        List<QuestionPayload> entries = new ArrayList<>(GeneratedQuestions.of("good-batch", 20));
        QuestionPayload last = entries.get(19);
        entries.set(19, new QuestionPayload(last.id(), 4, QuestionStatus.RETIRED, last.domain(), last.taskStatement(),
                last.type(), last.stem(), last.options(), last.responses(), last.correct(), last.explanation(),
                last.references(), last.difficulty()));

        ResponseEntity<Map> response = author.post("/api/questions/import", entries, Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        assertThat(response.getBody()).containsEntry("imported", 20);
        assertThat(author.get("/api/questions/good-batch-19", Map.class).getBody())
                .containsEntry("version", 4).containsEntry("status", "RETIRED");
        ResponseEntity<Map> again = author.post("/api/questions/import", entries.subList(0, 1), Map.class);
        assertThat(again.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void searchFiltersByDomainTaskTypeStatusAndText() {
        Map<?, ?> page = instructor.get("/api/questions?taskStatement=3.2&type=MULTIPLE_CHOICE&status=ACTIVE&size=100",
                Map.class).getBody();
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).isNotEmpty().allSatisfy(q -> {
            assertThat(q).containsEntry("taskStatement", "3.2").containsEntry("type", "MULTIPLE_CHOICE");
        });
        List<Map<String, Object>> found = (List<Map<String, Object>>) instructor
                .get("/api/questions?text=inferentia neuron", Map.class).getBody().get("items");
        assertThat(found).isNotEmpty().allSatisfy(q -> assertThat(q.toString().toLowerCase()).contains("inferentia"));
    }

    @Test
    void pageSizeIsCapped() {
        ResponseEntity<Map> response = instructor.get("/api/questions?size=1000", Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("errors").toString()).contains("size");
    }

    @Test
    void wronglyTypedParametersAndUnreadableBodiesSayWhatToFix() {
        ResponseEntity<Map> badPage = instructor.get("/api/questions?page=two", Map.class);
        ResponseEntity<Map> badType = instructor.get("/api/questions?type=ESSAY", Map.class);
        ResponseEntity<Map> badField = author.post("/api/questions",
                "{\"domain\": \"two\", \"taskStatement\": \"2.1\"}", Map.class);
        ResponseEntity<Map> notJson = author.post("/api/questions", "{\"domain\": ", Map.class);

        assertThat(List.of(badPage, badType, badField, notJson)).allSatisfy(response -> {
            assertThat(response.getStatusCode().value()).isEqualTo(400);
            assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        });
        assertThat(fieldErrors(badPage)).containsEntry("page", "must be a whole number");
        assertThat(fieldErrors(badType).get("type")).contains("MULTIPLE_CHOICE", "MATCHING");
        assertThat(fieldErrors(badField)).containsEntry("domain", "must be a whole number");
        assertThat((String) notJson.getBody().get("detail")).contains("not valid JSON");
    }

    private static Map<String, String> fieldErrors(ResponseEntity<Map> response) {
        return ((List<Map<String, String>>) response.getBody().get("errors")).stream()
                .collect(Collectors.toMap(e -> e.get("field"), e -> e.get("message")));
    }

    @Test
    void learnersCannotReadWriteImportOrExportTheBank() {
        assertThat(learner.get("/api/questions", Map.class).getStatusCode().value()).isEqualTo(403);
        assertThat(learner.get("/api/questions/d1-t11-001", Map.class).getStatusCode().value()).isEqualTo(403);
        assertThat(learner.get("/api/questions/export", String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(learner.post("/api/questions/import", List.of(), Map.class).getStatusCode().value()).isEqualTo(403);
        assertThat(instructor.post("/api/questions", Map.of(), Map.class).getStatusCode().value()).isEqualTo(403);
        assertThat(learner.get("/api/blueprint", Map.class).getStatusCode().value()).isEqualTo(200);
    }

    private long total() {
        return ((Number) author.get("/api/questions?size=1", Map.class).getBody().get("totalItems")).longValue();
    }

    private static QuestionPayload without(QuestionPayload p, String field) {
        return new QuestionPayload(p.id(), p.version(), p.status(), p.domain(), p.taskStatement(), p.type(),
                field.equals("stem") ? "" : p.stem(), p.options(), p.responses(),
                field.equals("correct") ? null : p.correct(), p.explanation(),
                field.equals("references") ? List.of() : p.references(), p.difficulty());
    }
}
