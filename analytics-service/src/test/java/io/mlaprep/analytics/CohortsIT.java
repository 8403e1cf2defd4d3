package io.mlaprep.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.analytics.support.AnalyticsServiceTest;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.EventPublisher;
import io.mlaprep.analytics.support.Events;
import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.QuestionChanged;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;

@AnalyticsServiceTest
class CohortsIT {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aCohortDashboardReflectsItsMembersWithinASecondOfTheirEvents() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ApiClient instructor = new ApiClient(port, "teacher-" + run, "INSTRUCTOR");
        Map<String, Object> cohort = instructor.post("/api/cohorts",
                Map.of("name", "Evening class", "examDate", LocalDate.now().plusDays(10).toString()), Map.class).getBody();
        String cohortId = (String) cohort.get("id");
        String learnerA = "ana-" + run;
        String learnerB = "ben-" + run;
        for (String learner : List.of(learnerA, learnerB)) {
            ResponseEntity<Map> joined = new ApiClient(port, learner, "LEARNER")
                    .post("/api/cohorts/join", Map.of("joinCode", ((String) cohort.get("joinCode")).toLowerCase()), Map.class);
            assertThat(joined.getBody()).containsEntry("cohortId", cohortId);
        }

        Instant now = Instant.now();
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            events.add(Events.answer(learnerA, "s-" + run, "PRACTICE", i, "hard-" + run, "1.2", i < 2, true, now));
            events.add(Events.answer(learnerB, "t-" + run, "PRACTICE", i, "hard-" + run, "1.2", false, true, now));
        }
        events.add(Events.model(learnerA, 0.82, 790, 0.85, now));
        events.add(Events.model(learnerB, 0.35, 610, 0.05, now));
        long published = System.nanoTime();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(events);
        }

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            Map<String, Object> dashboard = instructor.get("/api/cohorts/" + cohortId + "/dashboard", Map.class).getBody();
            assertThat(dashboard).containsEntry("learnerCount", 2);
            assertThat((Map<String, Object>) dashboard.get("readiness")).containsEntry("passLikely", 1);
            assertThat((List<Map<String, Object>>) dashboard.get("atRisk")).extracting(r -> r.get("learnerId"))
                    .containsExactly(learnerB);
            assertThat((List<Map<String, Object>>) dashboard.get("hardestItems")).first()
                    .satisfies(item -> assertThat(item).containsEntry("questionId", "hard-" + run)
                            .containsEntry("attempts", 20));
        });
        System.out.printf("dashboard fresh %d ms after publishing%n", (System.nanoTime() - published) / 1_000_000);
    }

    @Test
    void aRetiredQuestionIsLeftOutOfTheHardestItems() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ApiClient instructor = new ApiClient(port, "teacher-" + run, "INSTRUCTOR");
        Map<String, Object> cohort = instructor.post("/api/cohorts", Map.of("name", "Retirements"), Map.class).getBody();
        String learner = "rita-" + run;
        new ApiClient(port, learner, "LEARNER").post("/api/cohorts/join", Map.of("joinCode", cohort.get("joinCode")),
                Map.class);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(List.of(Events.question("retired-" + run, 2, QuestionChanged.Status.RETIRED)));
            await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById("retired-" + run, Document.class,
                    "questions") != null);
            List<Object> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(Events.answer(learner, "s-" + run, "PRACTICE", i, "retired-" + run, "2.1", false, true,
                        Instant.now()));
                answers.add(Events.answer(learner, "s-" + run, "PRACTICE", 5 + i, "kept-" + run, "2.1", i == 0, true,
                        Instant.now()));
            }
            publisher.publish(answers);
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat((List<Map<String, Object>>) instructor
                .get("/api/cohorts/" + cohort.get("id") + "/dashboard", Map.class).getBody().get("hardestItems"))
                .extracting(item -> item.get("questionId")).containsExactly("kept-" + run));
    }

    @Test
    void anInstructorSeesOnlyTheirOwnCohorts() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ApiClient owner = new ApiClient(port, "owner-" + run, "INSTRUCTOR");
        ApiClient other = new ApiClient(port, "other-" + run, "INSTRUCTOR");
        ApiClient learner = new ApiClient(port, "learner-" + run, "LEARNER");
        String cohortId = (String) owner.post("/api/cohorts", Map.of("name", "Mine"), Map.class).getBody().get("id");

        assertThat(other.get("/api/cohorts/" + cohortId + "/dashboard", Map.class).getStatusCode().value()).isEqualTo(403);
        assertThat(learner.get("/api/cohorts/" + cohortId + "/dashboard", Map.class).getStatusCode().value()).isEqualTo(403);
        assertThat(owner.get("/api/cohorts/nope/dashboard", Map.class).getStatusCode().value()).isEqualTo(404);
        assertThat(owner.get("/api/cohorts/" + cohortId + "/dashboard", Map.class).getStatusCode().value()).isEqualTo(200);
        assertThat((List<?>) other.get("/api/cohorts", List.class).getBody()).isEmpty();
        assertThat(learner.post("/api/cohorts", Map.of("name", "x"), Map.class).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void whoMayNotCreateOrJoinACohortIsRefusedBeforeTheBodyIsRead() {
        String unreadable = "{\"name\": ";
        for (String role : List.of("LEARNER", "AUTHOR", "ADMIN")) {
            assertThat(new ApiClient(port, "creator-" + role, role).post("/api/cohorts", unreadable, Map.class)
                    .getStatusCode().value()).as(role + " creating, refused, not parsed into a 400").isEqualTo(403);
        }
        for (String role : List.of("INSTRUCTOR", "AUTHOR", "ADMIN")) {
            assertThat(new ApiClient(port, "joiner-" + role, role).post("/api/cohorts/join", unreadable, Map.class)
                    .getStatusCode().value()).as(role + " joining").isEqualTo(403);
        }
        assertThat(new ApiClient(port, "teacher-y", "INSTRUCTOR").post("/api/cohorts", unreadable, Map.class)
                .getStatusCode().value()).as("an instructor's broken request is read and refused").isEqualTo(400);
        assertThat(new ApiClient(port, "learner-y", "LEARNER").post("/api/cohorts/join", unreadable, Map.class)
                .getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void cohortsNeedANameAndAFutureExamDateAndAKnownJoinCode() {
        ApiClient instructor = new ApiClient(port, "teacher-x", "INSTRUCTOR");
        assertThat(instructor.post("/api/cohorts", Map.of("name", " "), Map.class).getStatusCode().value()).isEqualTo(400);
        assertThat(instructor.post("/api/cohorts", Map.of("name", "Past", "examDate", "2020-01-01"), Map.class)
                .getStatusCode().value()).isEqualTo(400);
        ApiClient learner = new ApiClient(port, "l", "LEARNER");
        assertThat(learner.post("/api/cohorts/join", Map.of("joinCode", "NPQR2345"), Map.class)
                .getStatusCode().value()).isEqualTo(404);
        for (String malformed : List.of("", "ABC", "TOO-LONG-CODE", "0O1IL000")) {
            ResponseEntity<Map> rejected = learner.post("/api/cohorts/join", Map.of("joinCode", malformed), Map.class);
            assertThat(rejected.getStatusCode().value()).as(malformed).isEqualTo(400);
            assertThat(rejected.getBody().get("errors").toString()).contains("joinCode")
                    .as("the example code looks like an issued one").contains("like KX7PM2QD");
        }
    }

    @Test
    void aLearnersOwnAnalyticsShowTheirAnswersExamsAndModel() {
        String learner = "me-" + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now().minus(Duration.ofHours(3));
        List<Object> events = new ArrayList<>(Events.exam(learner, 40, start, new Random(5)));
        events.add(Events.model(learner, 0.6, 700, 0.4, start.plusSeconds(8_000)));
        String task = ((AnswerSubmitted) events.getFirst()).taskStatement();
        long onTask = events.stream().filter(e -> e instanceof AnswerSubmitted a && a.taskStatement().equals(task))
                .count();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(events);
        }
        ApiClient me = new ApiClient(port, learner, "LEARNER");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Object> analytics = me.get("/api/analytics/me", Map.class).getBody();
            assertThat(analytics).containsEntry("totalAnswered", 65)
                    .containsEntry("readiness", Map.of("predictedScore", 700, "low", 660, "high", 740,
                            "passProbability", 0.4));
            assertThat((List<Map<String, Object>>) analytics.get("exams")).singleElement()
                    .satisfies(exam -> assertThat(exam).containsEntry("scaledScore", 820).containsEntry("passed", true));
            List<Map<String, Object>> domains = (List<Map<String, Object>>) analytics.get("domains");
            assertThat(domains).extracting(d -> (Integer) d.get("answered")).containsExactly(
                    answeredIn(events, 1), answeredIn(events, 2), answeredIn(events, 3), answeredIn(events, 4));
            assertThat(domains).allSatisfy(d -> assertThat(d).containsEntry("mastery", 0.6));
            assertThat((List<Map<String, Object>>) analytics.get("taskStatements"))
                    .filteredOn(t -> t.get("id").equals(task)).singleElement()
                    .satisfies(t -> assertThat(t).containsEntry("answered", (int) onTask));
            List<Map<String, Object>> activity = (List<Map<String, Object>>) analytics.get("activity");
            assertThat(activity).hasSize(90);
            assertThat(activity.stream().mapToInt(day -> (Integer) day.get("answers")).sum()).isEqualTo(65);
        });
    }

    private static int answeredIn(List<Object> events, int domain) {
        return (int) events.stream().filter(e -> e instanceof AnswerSubmitted a && a.domain() == domain).count();
    }

    @Test
    void aLearnerSeesOnlyTheirOwnAnalytics() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(List.of(Events.answer("mine-" + run, "s", "PRACTICE", 0, "q1", "4.3", true, true,
                    Instant.now())));
        }
        ApiClient mine = new ApiClient(port, "mine-" + run, "LEARNER");
        ApiClient someoneElse = new ApiClient(port, "else-" + run, "LEARNER");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mine.get("/api/analytics/me", Map.class).getBody()).containsEntry("totalAnswered", 1));
        assertThat(someoneElse.get("/api/analytics/me", Map.class).getBody()).containsEntry("totalAnswered", 0);
        assertThat(new ApiClient(port, "teacher", "INSTRUCTOR").get("/api/analytics/me", Map.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void examItemsLeftUnansweredAreCountedApartNotAsAnswers() {
        String learner = "omits-" + UUID.randomUUID().toString().substring(0, 8);
        Instant at = Instant.now();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(List.of(
                    Events.answer(learner, "e1", "EXAM", 0, "q1", "2.1", true, true, at),
                    Events.answer(learner, "e1", "EXAM", 1, "q2", "2.1", false, true, at),
                    Events.answer(learner, "e1", "EXAM", 2, "q3", "2.2", true, true, at),
                    Events.omitted(learner, "e1", 3, "q4", "2.2", at),
                    Events.omitted(learner, "e1", 4, "q5", "2.3", at)));
        }
        ApiClient me = new ApiClient(port, learner, "LEARNER");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(me.get("/api/analytics/me", Map.class).getBody()).containsEntry("totalOmitted", 2));
        Map<String, Object> analytics = me.get("/api/analytics/me", Map.class).getBody();
        assertThat(analytics).containsEntry("totalAnswered", 3);
        assertThat((Double) analytics.get("accuracy")).isCloseTo(2 / 3.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat((List<Map<String, Object>>) analytics.get("domains")).filteredOn(d -> d.get("domain").equals(2))
                .singleElement().satisfies(d -> assertThat(d).containsEntry("answered", 3));
    }
}
