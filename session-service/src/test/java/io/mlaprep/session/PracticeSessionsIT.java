package io.mlaprep.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.Topics;
import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.session.catalog.application.QuestionCatalog;
import io.mlaprep.session.delivery.persistence.SessionKeys;
import io.mlaprep.session.delivery.persistence.SessionStore;
import io.mlaprep.session.support.Answers;
import io.mlaprep.session.support.EventTap;
import io.mlaprep.session.support.LearnerClient;
import io.mlaprep.session.support.SessionServiceTest;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@SessionServiceTest
class PracticeSessionsIT {

    @LocalServerPort
    int port;
    @Autowired
    SessionStore store;
    @Autowired
    QuestionCatalog catalog;
    @Autowired
    MutableClock clock;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    SessionKeys keys;

    @Test
    void aPracticeSessionServesTenItemsWeightedByTheBlueprint() {
        LearnerClient learner = learner();
        ResponseEntity<Map> started = learner.start(Map.of("mode", "PRACTICE"));

        assertThat(started.getStatusCode().value()).isEqualTo(201);
        assertThat(started.getBody()).containsEntry("itemCount", 10).containsEntry("status", "IN_PROGRESS");
        var state = store.load(learner.id(), (String) started.getBody().get("id")).orElseThrow();
        assertThat(state.items()).extracting(item -> item.domain()).containsOnly(1, 2, 3, 4);
        assertThat(state.items().stream().map(item -> item.questionId()).distinct()).hasSize(10);
    }

    @Test
    void theLearnersHistoryComesBackOldestFirstAndTheNextSessionDrawsAroundIt() {
        LearnerClient learner = learner();
        String first = learner.startId(Map.of("mode", "PRACTICE", "size", 3));
        clock.advance(Duration.ofMinutes(1));
        String second = learner.startId(Map.of("mode", "PRACTICE", "size", 3));

        List<String> firstItems = store.load(learner.id(), first).orElseThrow().items().stream()
                .map(item -> item.questionId()).toList();
        List<String> secondItems = store.load(learner.id(), second).orElseThrow().items().stream()
                .map(item -> item.questionId()).toList();
        List<String> history = store.seenOldestFirst(learner.id());

        assertThat(secondItems).doesNotContainAnyElementsOf(firstItems);
        assertThat(history).hasSize(6);
        assertThat(history.subList(0, 3)).containsExactlyInAnyOrderElementsOf(firstItems);
        assertThat(history.subList(3, 6)).containsExactlyInAnyOrderElementsOf(secondItems);
    }

    @Test
    void answeringGivesFeedbackAndARetriedRequestIdGivesTheSameResultAndOneEvent() {
        LearnerClient learner = learner();
        String session = learner.startId(Map.of("mode", "PRACTICE", "size", 3));
        CatalogItem question = question(learner, session, 0);
        Map<String, Object> body = Answers.with(Answers.right(question), "requestId", "req-1");

        try (EventTap answers = new EventTap(Topics.ANSWER_SUBMITTED, e -> session.equals(e.get("sessionId").asString()))) {
            ResponseEntity<Map> first = learner.respond(session, 0, body);
            ResponseEntity<Map> retry = learner.respond(session, 0, body);

            assertThat(first.getStatusCode().value()).isEqualTo(200);
            assertThat(first.getBody()).containsEntry("correct", true).containsKeys("correctResponse", "explanation",
                    "optionExplanations");
            assertThat(first.getBody()).as("the recommender is down: the answer counts, without its next review")
                    .doesNotContainKey("nextReviewAt");
            assertThat(retry.getBody()).isEqualTo(first.getBody());
            List<JsonNode> events = answers.await(1, Duration.ofSeconds(10));
            assertThat(answers.settle(Duration.ofSeconds(2))).hasSize(1);
            assertThat(events.getFirst().get("correct").asBoolean()).isTrue();
            assertThat(events.getFirst().get("questionId").asString()).isEqualTo(question.id());
        }
    }

    @Test
    void theResponseTimeRunsFromWhenTheItemWasFirstShown() {
        LearnerClient learner = learner();
        String session = learner.startId(Map.of("mode", "PRACTICE", "size", 1));
        clock.advance(Duration.ofMinutes(10));
        CatalogItem question = question(learner, session, 0);
        clock.advance(Duration.ofSeconds(20));
        learner.item(session, 0); // seeing it again does not restart its time

        try (EventTap answers = new EventTap(Topics.ANSWER_SUBMITTED, e -> session.equals(e.get("sessionId").asString()))) {
            learner.respond(session, 0, Answers.right(question));

            long responseTimeMs = answers.await(1, Duration.ofSeconds(10)).getFirst().get("responseTimeMs").asLong();
            assertThat(responseTimeMs).isBetween(20_000L, 60_000L);
        }
    }

    @Test
    void aPracticeItemIsAnsweredOnce() {
        LearnerClient learner = learner();
        String session = learner.startId(Map.of("mode", "PRACTICE", "size", 2));
        CatalogItem question = question(learner, session, 0);
        learner.respond(session, 0, Answers.wrong(question));

        ResponseEntity<Map> again = learner.respond(session, 0, Answers.right(question));

        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void malformedResponsesAreRejectedWithWhatIsWrongNotMarkedIncorrect() {
        LearnerClient learner = learner();
        String session = learner.startId(Map.of("mode", "PRACTICE", "size", 1));

        ResponseEntity<Map> unknown = learner.respond(session, 0, Map.of("optionIds", List.of("zz")));
        ResponseEntity<Map> nothing = learner.respond(session, 0, Map.of("confidence", "HIGH"));

        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(unknown.getBody().get("errors").toString()).containsAnyOf("unknown", "takes");
        assertThat(nothing.getStatusCode().value()).isEqualTo(400);
        assertThat(learner.session(session).getBody()).containsEntry("answeredCount", 0);
    }

    @Test
    void drillsStayInTheirDomainOrTaskStatement() {
        LearnerClient learner = learner();
        String byDomain = learner.startId(Map.of("mode", "DRILL", "domain", 3, "size", 8));
        String byTask = learner.startId(Map.of("mode", "DRILL", "taskStatement", "2.2", "size", 6));

        assertThat(store.load(learner.id(), byDomain).orElseThrow().items()).hasSize(8)
                .allSatisfy(item -> assertThat(item.domain()).isEqualTo(3));
        assertThat(store.load(learner.id(), byTask).orElseThrow().items()).hasSize(6)
                .allSatisfy(item -> assertThat(item.taskStatement()).isEqualTo("2.2"));
    }

    @Test
    void aDrillNeedsAValidDomainOrTaskStatement() {
        LearnerClient learner = learner();
        assertThat(learner.start(Map.of("mode", "DRILL")).getStatusCode().value()).isEqualTo(400);
        ResponseEntity<Map> mismatch = learner.start(Map.of("mode", "DRILL", "domain", 1, "taskStatement", "2.2"));
        assertThat(mismatch.getStatusCode().value()).isEqualTo(400);
        assertThat(mismatch.getBody().get("errors").toString()).contains("taskStatement");
        assertThat(learner.start(Map.of("mode", "DRILL", "taskStatement", "9.9")).getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void noModeStoresADomainOrTaskStatementOutsideTheExamGuide() {
        LearnerClient learner = learner();
        for (String mode : List.of("PRACTICE", "ADAPTIVE", "EXAM", "REVIEW_MISSED", "DRILL")) {
            ResponseEntity<Map> huge = learner.start(Map.of("mode", mode, "size", 1, "taskStatement", "A".repeat(900_000)));
            ResponseEntity<Map> negative = learner.start(Map.of("mode", mode, "size", 1, "domain", -7));
            ResponseEntity<Map> markup = learner.start(Map.of("mode", mode, "taskStatement", "<img src=x onerror=alert(1)>"));

            assertThat(huge.getStatusCode().value()).as(mode).isEqualTo(400);
            assertThat(huge.getBody().get("errors").toString()).as(mode).contains("taskStatement");
            assertThat(negative.getStatusCode().value()).as(mode).isEqualTo(400);
            assertThat(negative.getBody().get("errors").toString()).as(mode).contains("domain");
            assertThat(markup.getStatusCode().value()).as(mode).isEqualTo(400);
        }
        assertThat(learner.start(Map.of("mode", "PRACTICE", "domain", 2)).getBody().get("errors").toString())
                .contains("only a DRILL takes a domain");
    }

    @Test
    void reviewMissedServesTheItemsLastAnsweredWrong() {
        LearnerClient learner = learner();
        assertThat(learner.start(Map.of("mode", "REVIEW_MISSED")).getStatusCode().value()).isEqualTo(409);
        String practice = learner.startId(Map.of("mode", "PRACTICE", "size", 4));
        String wrong1 = answer(learner, practice, 0, false);
        answer(learner, practice, 1, true);
        String wrong2 = answer(learner, practice, 2, false);

        String review = learner.startId(Map.of("mode", "REVIEW_MISSED"));

        assertThat(store.load(learner.id(), review).orElseThrow().items()).extracting(item -> item.questionId())
                .containsExactlyInAnyOrder(wrong1, wrong2);
    }

    @Test
    void adaptiveSessionsKeepLearnersPractisingWhenTheRecommenderIsDown() {
        LearnerClient learner = learner();
        ResponseEntity<Map> started = learner.start(Map.of("mode", "ADAPTIVE", "size", 8));

        assertThat(started.getStatusCode().value()).isEqualTo(201);
        assertThat(started.getBody()).containsEntry("itemCount", 8);
        assertThat((String) started.getBody().get("notice")).contains("unavailable");
        String session = (String) started.getBody().get("id");
        assertThat(store.load(learner.id(), session).orElseThrow().items())
                .extracting(item -> item.domain()).containsOnly(1, 2, 3, 4);
        Map<?, ?> item = learner.item(session, 0).getBody();
        assertThat((String) item.get("reason")).startsWith("Sampled by exam weight: Domain " + store.load(learner.id(),
                session).orElseThrow().item(0).domain() + ", ").endsWith(" % of the exam.");
    }

    @Test
    void aReviewOfDueItemsCannotFallBackWhenTheRecommenderIsDown() {
        ResponseEntity<Map> started = learner().start(Map.of("mode", "REVIEW_DUE"));

        assertThat(started.getStatusCode().value()).isEqualTo(503);
        assertThat(started.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) started.getBody().get("detail")).startsWith("Your review queue cannot be read: recommender-service is unavailable")
                .contains("cannot fall back");
    }

    @Test
    void drillItemsNameTheirTaskStatementAndPracticeItemsGiveNoReason() {
        LearnerClient learner = learner();
        String drill = learner.startId(Map.of("mode", "DRILL", "taskStatement", "3.2", "size", 2));
        String practice = learner.startId(Map.of("mode", "PRACTICE", "size", 2));

        assertThat(learner.item(drill, 0).getBody()).containsEntry("reason",
                "Drill: Task 3.2 Create and script infrastructure based on existing architecture and requirements");
        assertThat(learner.item(practice, 0).getBody()).doesNotContainKey("reason");
    }

    @Test
    void finishingAPracticeSessionScoresTheAnsweredItemsAndOpensTheFullReview() {
        LearnerClient learner = learner();
        String session = learner.startId(Map.of("mode", "PRACTICE", "size", 3));
        answer(learner, session, 0, true);
        answer(learner, session, 1, false);

        ResponseEntity<Map> before = learner.review(session);
        Map<String, Object> inProgress = learner.session(session).getBody();
        ResponseEntity<Map> result = learner.finish(session);
        ResponseEntity<Map> after = learner.review(session);

        assertThat((List<?>) before.getBody().get("items")).hasSize(2);
        assertThat(inProgress).containsEntry("answered", List.of(0, 1)).containsEntry("result", null);
        assertThat(result.getBody()).containsEntry("status", "FINISHED").containsEntry("correctCount", 1)
                .containsEntry("scoredCount", 2).containsEntry("passed", null).containsEntry("scaledScore", null);
        assertThat((Map<String, Object>) learner.session(session).getBody().get("result"))
                .containsEntry("correctCount", 1);
        assertThat((List<Map<String, Object>>) after.getBody().get("items")).hasSize(3)
                .allSatisfy(item -> assertThat(item).containsKeys("correctResponse", "explanation"));
        assertThat(learner.respond(session, 2, Map.of("optionIds", List.of("a"))).getStatusCode().value())
                .isEqualTo(409);
    }

    @Test
    void theSessionListIsKeptAsLongAsTheFinishedSessionsInIt() {
        LearnerClient learner = learner();
        String finished = learner.startId(Map.of("mode", "PRACTICE", "size", 1));
        learner.finish(finished);
        learner.startId(Map.of("mode", "PRACTICE", "size", 1)); // a later start must not shorten it

        long listTtl = redis.getExpire(keys.learnerSessions(learner.id()), TimeUnit.SECONDS);
        long finishedTtl = redis.getExpire(keys.session(learner.id(), finished), TimeUnit.SECONDS);
        assertThat(finishedTtl).isGreaterThan(Duration.ofDays(20).toSeconds());
        assertThat(listTtl).isGreaterThanOrEqualTo(finishedTtl);
    }

    @Test
    void aLearnerCannotSeeOrAnswerAnotherLearnersSession() {
        LearnerClient owner = learner();
        LearnerClient other = learner();
        String session = owner.startId(Map.of("mode", "PRACTICE", "size", 1));

        assertThat(other.session(session).getStatusCode().value()).isEqualTo(404);
        assertThat(other.item(session, 0).getStatusCode().value()).isEqualTo(404);
        assertThat(other.respond(session, 0, Map.of("optionIds", List.of("a"))).getStatusCode().value()).isEqualTo(404);
        assertThat(other.finish(session).getStatusCode().value()).isEqualTo(404);
        assertThat(other.review(session).getStatusCode().value()).isEqualTo(404);
        assertThat((List<?>) other.get("/api/sessions").getBody().get("items")).isEmpty();
    }

    @Test
    void sessionsAreForLearnersAloneAndOthersAreRefusedBeforeTheirBodyIsRead() {
        String session = learner().startId(Map.of("mode", "PRACTICE", "size", 1));
        for (String role : List.of("INSTRUCTOR", "AUTHOR", "ADMIN", "SERVICE")) {
            ApiClient other = new ApiClient(port, "someone-" + role, role);
            // a body no learner could send: a gate that read it first would answer 400
            assertThat(other.post("/api/sessions", Map.of("mode", "NONSENSE"), String.class).getStatusCode().value())
                    .as(role).isEqualTo(403);
            assertThat(other.get("/api/sessions", String.class).getStatusCode().value()).as(role).isEqualTo(403);
            assertThat(other.get("/api/sessions/" + session, String.class).getStatusCode().value()).as(role)
                    .isEqualTo(403);
            assertThat(other.put("/api/sessions/" + session + "/items/0/response", Map.of("optionIds", "x"),
                    String.class).getStatusCode().value()).as(role).isEqualTo(403);
        }
        assertThat(ApiClient.withBearer(port, null).get("/api/sessions", String.class).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void sessionsAreListedNewestFirst() {
        LearnerClient learner = learner();
        String first = learner.startId(Map.of("mode", "PRACTICE", "size", 1));
        clock.advance(Duration.ofSeconds(1));
        String second = learner.startId(Map.of("mode", "DRILL", "domain", 1, "size", 1));

        Map<String, Object> page = learner.get("/api/sessions").getBody();
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).extracting(s -> s.get("id")).containsExactly(second, first);
        assertThat(page).containsEntry("page", 0).containsEntry("size", 20).containsEntry("totalItems", 2)
                .containsEntry("totalPages", 1);
    }

    @Test
    void aSessionThatExpiredLeavesTheList() {
        LearnerClient learner = learner();
        String kept = learner.startId(Map.of("mode", "PRACTICE", "size", 1));
        String expired = learner.startId(Map.of("mode", "PRACTICE", "size", 1));
        redis.delete(keys.session(learner.id(), expired));

        List<Map<String, Object>> items = (List<Map<String, Object>>) learner.get("/api/sessions").getBody().get("items");

        assertThat(items).extracting(s -> s.get("id")).containsExactly(kept);
        assertThat(redis.opsForZSet().score(keys.learnerSessions(learner.id()), expired)).isNull();
    }

    private String answer(LearnerClient learner, String session, int n, boolean right) {
        CatalogItem question = question(learner, session, n);
        ResponseEntity<Map> response = learner.respond(session, n, right ? Answers.right(question) : Answers.wrong(question));
        assertThat(response.getBody()).containsEntry("correct", right);
        return question.id();
    }

    private CatalogItem question(LearnerClient learner, String session, int n) {
        Map<?, ?> item = learner.item(session, n).getBody();
        var stored = store.load(learner.id(), session).orElseThrow().item(n);
        assertThat(item.get("questionId")).isEqualTo(stored.questionId());
        return catalog.version(stored.questionId(), stored.version());
    }

    private LearnerClient learner() {
        return new LearnerClient(port, "learner-" + UUID.randomUUID());
    }
}
