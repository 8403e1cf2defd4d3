package io.mlaprep.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.analytics.support.AnalyticsServiceTest;
import io.mlaprep.analytics.support.Events;
import io.mlaprep.contracts.DomainResult;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.EventPublisher;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@AnalyticsServiceTest
class CohortLearnerIT {

    @LocalServerPort
    int port;

    @Test
    void anInstructorSeesOneMembersDomainsReadinessRecentSessionsAndTheirOwnReasons() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ApiClient instructor = new ApiClient(port, "teacher-" + run, "INSTRUCTOR");
        String cohortId = cohort(instructor, "Evening class", LocalDate.now(ZoneOffset.UTC).plusDays(10));
        String ada = "ada-" + run;
        join(ada, joinCode(instructor, cohortId));

        Instant start = Instant.now().minus(Duration.ofHours(3));
        List<Object> events = new ArrayList<>();
        events.add(Events.exam(ada, 30, start, new Random(3)).getLast());
        Instant practiceAt = start.plusSeconds(8_000);
        for (int i = 0; i < 10; i++) {
            events.add(Events.answer(ada, "practice-" + run, "PRACTICE", i, "q" + i, "3.1", i < 3, true, practiceAt));
        }
        for (int i = 10; i < 13; i++) {
            events.add(Events.answer(ada, "practice-" + run, "PRACTICE", i, "q" + i, "1.1", false, true, practiceAt));
        }
        events.add(Events.completed(ada, "practice-" + run, "PRACTICE", practiceAt.plusSeconds(60),
                List.of(new DomainResult(1, 0, 3), new DomainResult(3, 3, 10))));
        // every domain sits below half, but only domain 3 on enough of the learner's own answers to say so
        events.add(Events.model(ada, List.of(0.44, 0.45, 0.31, 0.46), 640, 0.2, practiceAt.plusSeconds(61)));
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(events);
        }

        String page = "/api/cohorts/" + cohortId + "/learners/" + ada;
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Object> learner = instructor.get(page, Map.class).getBody();
            assertThat(learner).containsEntry("learnerId", ada).containsEntry("displayName", ada)
                    .containsEntry("totalAnswered", 13)
                    .containsEntry("readiness", Map.of("predictedScore", 640, "low", 600, "high", 680,
                            "passProbability", 0.2));
            assertThat((List<Map<String, Object>>) learner.get("recentSessions")).satisfiesExactly(
                    practice -> assertThat(practice).containsEntry("sessionId", "practice-" + run)
                            .containsEntry("mode", "PRACTICE").containsEntry("correctCount", 3)
                            .containsEntry("scoredCount", 13),
                    exam -> assertThat(exam).containsEntry("mode", "EXAM").containsEntry("scaledScore", 640)
                            .containsEntry("scoredCount", 50));
            assertThat(learner.get("reasons")).isEqualTo(List.of(
                    "Predicted score 640, below 720, with the exam in 10 days",
                    "Domain 3 mastery 31 % after 10 answers"));
        });
        Map<String, Object> learner = instructor.get(page, Map.class).getBody();
        assertThat((List<Map<String, Object>>) learner.get("domains")).hasSize(4)
                .filteredOn(d -> d.get("domain").equals(3)).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("mastery", 0.31)
                        .containsEntry("answered", 10));
        assertThat(learner.get("lastActiveAt")).isNotNull();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat((List<Map<String, Object>>) instructor
                .get("/api/cohorts/" + cohortId + "/dashboard", Map.class).getBody().get("atRisk"))
                .singleElement().satisfies(risk -> assertThat(risk.get("reasons")).isEqualTo(learner.get("reasons"))));
    }

    @Test
    void onlyTheCohortsInstructorOrAnAdminMayReadAMemberAndANonMemberIsNotFound() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ApiClient owner = new ApiClient(port, "owner-" + run, "INSTRUCTOR");
        String cohortId = cohort(owner, "Mine", null);
        String member = "member-" + run;
        join(member, joinCode(owner, cohortId));
        String elsewhere = "elsewhere-" + run;
        join(elsewhere, joinCode(owner, cohort(owner, "Another of mine", null)));
        String page = "/api/cohorts/" + cohortId + "/learners/";

        assertThat(status(owner, page + member)).isEqualTo(200);
        assertThat(status(new ApiClient(port, "admin-" + run, "ADMIN"), page + member)).isEqualTo(200);
        assertThat(status(new ApiClient(port, "other-" + run, "INSTRUCTOR"), page + member)).isEqualTo(403);
        assertThat(status(new ApiClient(port, member, "LEARNER"), page + member)).isEqualTo(403);
        assertThat(status(ApiClient.withBearer(port, null), page + member)).isEqualTo(401);
        assertThat(status(ApiClient.withBearer(port, "not-a-token"), page + member)).isEqualTo(401);
        assertThat(status(owner, "/api/cohorts/nope/learners/" + member)).isEqualTo(404);

        Map<String, Object> knownElsewhere = owner.get(page + elsewhere, Map.class).getBody();
        Map<String, Object> unknown = owner.get(page + "nobody-" + run, Map.class).getBody();
        assertThat(knownElsewhere).containsEntry("status", 404);
        assertThat(unknown).containsEntry("status", 404);
        assertThat(knownElsewhere.get("detail")).isEqualTo(unknown.get("detail"));
    }

    @Test
    void aMemberWhoHasNotPractisedYetHasEmptyFiguresAndSaysSo() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ApiClient instructor = new ApiClient(port, "teacher-" + run, "INSTRUCTOR");
        String cohortId = cohort(instructor, "Fresh", null);
        String newcomer = "new-" + run;
        join(newcomer, joinCode(instructor, cohortId));

        Map<String, Object> learner = instructor.get("/api/cohorts/" + cohortId + "/learners/" + newcomer, Map.class)
                .getBody();

        assertThat(learner).containsEntry("totalAnswered", 0).containsEntry("readiness", null)
                .containsEntry("lastActiveAt", null).containsEntry("recentSessions", List.of())
                .containsEntry("reasons", List.of("No practice yet"));
    }

    @Test
    void anInstructorsCohortsAreListedByName() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ApiClient instructor = new ApiClient(port, "lister-" + run, "INSTRUCTOR");
        for (String name : List.of("beta", "Gamma", "alpha", "Delta")) {
            cohort(instructor, name, null);
        }

        assertThat((List<Map<String, Object>>) instructor.get("/api/cohorts", List.class).getBody())
                .extracting(c -> c.get("name")).containsExactly("alpha", "beta", "Delta", "Gamma");
    }

    private String cohort(ApiClient instructor, String name, LocalDate examDate) {
        Map<String, Object> body = examDate == null ? Map.of("name", name)
                : Map.of("name", name, "examDate", examDate.toString());
        return (String) instructor.post("/api/cohorts", body, Map.class).getBody().get("id");
    }

    private String joinCode(ApiClient instructor, String cohortId) {
        return ((List<Map<String, Object>>) instructor.get("/api/cohorts", List.class).getBody()).stream()
                .filter(c -> c.get("id").equals(cohortId)).map(c -> (String) c.get("joinCode")).findFirst().orElseThrow();
    }

    private void join(String learner, String joinCode) {
        assertThat(new ApiClient(port, learner, "LEARNER").post("/api/cohorts/join", Map.of("joinCode", joinCode),
                Map.class).getStatusCode().value()).isEqualTo(200);
    }

    private static int status(ApiClient client, String path) {
        return client.get(path, Map.class).getStatusCode().value();
    }
}
