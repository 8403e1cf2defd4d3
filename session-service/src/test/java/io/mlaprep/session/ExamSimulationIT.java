package io.mlaprep.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.contracts.Topics;
import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.session.catalog.application.QuestionCatalog;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.delivery.domain.SessionState;
import io.mlaprep.session.delivery.domain.SessionStatus;
import io.mlaprep.session.delivery.persistence.SessionKeys;
import io.mlaprep.session.delivery.persistence.SessionStore;
import io.mlaprep.session.support.Answers;
import io.mlaprep.session.support.EventTap;
import io.mlaprep.session.support.LearnerClient;
import io.mlaprep.session.support.SessionServiceTest;
import io.mlaprep.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@SessionServiceTest
class ExamSimulationIT {

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

    @AfterEach
    void realTime() {
        clock.resetToSystemTime();
    }

    @Test
    void anExamHas65Items50ScoredByDomainWeightAnd15UnscoredWithA130MinuteDeadline() {
        LearnerClient learner = learner();
        ResponseEntity<Map> started = learner.start(Map.of("mode", "EXAM"));
        SessionState exam = store.load(learner.id(), (String) started.getBody().get("id")).orElseThrow();

        assertThat(started.getBody()).containsEntry("itemCount", 65);
        Instant startedAt = Instant.parse((String) started.getBody().get("startedAt"));
        assertThat(Instant.parse((String) started.getBody().get("deadline"))).isEqualTo(startedAt.plus(Duration.ofMinutes(130)));
        assertThat(countByDomain(exam, true)).isEqualTo(Map.of(1, 14L, 2, 13L, 3, 11L, 4, 12L));
        assertThat(countByDomain(exam, false)).isEqualTo(Map.of(1, 4L, 2, 4L, 3, 3L, 4, 4L));
        assertThat(exam.items().stream().map(SessionItem::questionId).distinct()).hasSize(65);
        assertThat(learner.item(exam.session().id(), 0).getBody()).doesNotContainKeys("scored", "correct");
    }

    @Test
    void thirtyFiveRightScores730AndPassesWhateverTheUnscoredItems() {
        assertThat(sitExam(35, true).getBody()).containsEntry("scaledScore", 730).containsEntry("passed", true)
                .containsEntry("correctCount", 35).containsEntry("scoredCount", 50);
        assertThat(sitExam(35, false).getBody()).containsEntry("scaledScore", 730).containsEntry("passed", true);
    }

    @Test
    void thirtyFourRightScores712AndFails() {
        ResponseEntity<Map> result = sitExam(34, true);

        assertThat(result.getBody()).containsEntry("scaledScore", 712).containsEntry("passed", false)
                .containsEntry("correctCount", 34);
        List<Map<String, Object>> domains = (List<Map<String, Object>>) result.getBody().get("domains");
        assertThat(domains).extracting(d -> d.get("total")).containsExactly(14, 13, 11, 12);
    }

    @Test
    void unansweredScoredItemsCountAsWrong() {
        LearnerClient learner = learner();
        String session = learner.startId(Map.of("mode", "EXAM"));

        ResponseEntity<Map> result = learner.finish(session);

        assertThat(result.getBody()).containsEntry("correctCount", 0).containsEntry("scaledScore", 100)
                .containsEntry("passed", false);
    }

    @Test
    void examAnswersAreSavedWithoutFeedbackAndMayChangeUntilFinish() {
        LearnerClient learner = learner();
        String session = learner.startId(Map.of("mode", "EXAM"));
        SessionState exam = store.load(learner.id(), session).orElseThrow();
        SessionItem first = exam.items().stream().filter(SessionItem::scored).findFirst().orElseThrow();
        CatalogItem question = catalog.version(first.questionId(), first.version());

        ResponseEntity<Map> saved = learner.respond(session, first.n(), Answers.wrong(question));
        learner.respond(session, first.n(), Answers.right(question));
        learner.respond(session, 1 - Math.min(first.n(), 1), Map.of("flagged", true));

        assertThat(saved.getBody()).containsEntry("saved", true).doesNotContainKeys("correct", "correctResponse",
                "explanation", "optionExplanations");
        assertThat(learner.review(session).getStatusCode().value()).isEqualTo(409);
        assertThat((List<?>) learner.session(session).getBody().get("flagged")).hasSize(1);
        assertThat(learner.finish(session).getBody()).containsEntry("correctCount", 1);
        assertThat((List<Map<String, Object>>) learner.review(session).getBody().get("items")).hasSize(65)
                .allSatisfy(item -> assertThat(item).containsKeys("correctResponse", "explanation"));
    }

    @Test
    void aResponseAfterTheDeadlineIsRefusedAndReadingTheExamFinishesIt() {
        LearnerClient learner = learner();
        String session = learner.startId(Map.of("mode", "EXAM"));
        SessionItem item = store.load(learner.id(), session).orElseThrow().item(0);
        Map<String, Object> answer = Answers.right(catalog.version(item.questionId(), item.version()));
        assertThat(learner.respond(session, 0, answer).getStatusCode().value()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(131));

        ResponseEntity<Map> late = learner.respond(session, 1, answer);
        assertThat(late.getStatusCode().value()).isEqualTo(409);
        Map<String, Object> state = learner.session(session).getBody();
        assertThat(state).containsEntry("status", "FINISHED").containsEntry("finishedAt", state.get("deadline"));
    }

    @Test
    void theSweeperFinishesAnExamLeftPastItsDeadlineAndForgetsDeadlinesOfSessionsThatAreGone() {
        LearnerClient learner = learner();
        String expired = learner.startId(Map.of("mode", "EXAM"));
        redis.delete(keys.session(learner.id(), expired));
        String left = learner.startId(Map.of("mode", "EXAM"));
        String expiredDeadline = SessionKeys.deadlineMember(learner.id(), expired);
        assertThat(redis.opsForZSet().score(keys.deadlinesOf(learner.id()), expiredDeadline)).isNotNull();

        clock.advance(Duration.ofMinutes(131));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            SessionState state = store.load(learner.id(), left).orElseThrow();
            assertThat(state.session().status()).isEqualTo(SessionStatus.FINISHED);
            assertThat(state.session().finishedAt()).isEqualTo(state.session().deadline());
            assertThat(state.result().scaledScore()).isEqualTo(100);
            assertThat(redis.opsForZSet().score(keys.deadlinesOf(learner.id()), expiredDeadline)).isNull();
        });
        assertThat(redis.opsForZSet().score(keys.deadlinesOf(learner.id()),
                SessionKeys.deadlineMember(learner.id(), left))).isNull();
    }

    @Test
    void finishingAnExamEmitsOneAnswerEventPerItemAndTheResult() {
        LearnerClient learner = learner();
        try (EventTap answers = new EventTap(Topics.ANSWER_SUBMITTED, e -> learner.id().equals(e.get("learnerId").asString()));
             EventTap completed = new EventTap(Topics.SESSION_COMPLETED, e -> learner.id().equals(e.get("learnerId").asString()))) {
            String session = sitExam(learner, 40, true);
            learner.finish(session);

            List<JsonNode> events = answers.await(65, Duration.ofSeconds(20));
            assertThat(answers.settle(Duration.ofSeconds(1))).hasSize(65);
            assertThat(events.stream().filter(e -> e.get("scored").asBoolean()).count()).isEqualTo(50);
            assertThat(events.stream().filter(e -> e.get("scored").asBoolean() && e.get("correct").asBoolean()).count())
                    .isEqualTo(40);
            JsonNode result = completed.await(1, Duration.ofSeconds(10)).getFirst();
            assertThat(result.get("sessionId").asString()).isEqualTo(session);
            assertThat(result.get("scaledScore").asInt()).isEqualTo(820);
            assertThat(result.get("passed").asBoolean()).isTrue();
        }
    }

    @Test
    void aSecondExamIsRefusedWhileOneIsOpenUntilItIsFinishedOrItsTimeIsUp() {
        LearnerClient learner = learner();
        String first = learner.startId(Map.of("mode", "EXAM"));

        ResponseEntity<Map> refused = learner.start(Map.of("mode", "EXAM"));
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody()).containsEntry("sessionId", first);
        assertThat(learner.start(Map.of("mode", "PRACTICE")).getStatusCode().value()).isEqualTo(201);

        learner.finish(first);
        String second = learner.startId(Map.of("mode", "EXAM"));
        clock.advance(Duration.ofMinutes(131));
        String third = learner.startId(Map.of("mode", "EXAM"));

        assertThat(learner.session(second).getBody()).containsEntry("status", "FINISHED");
        assertThat(learner.session(third).getBody()).containsEntry("status", "IN_PROGRESS");
    }

    @Test
    void fiveExamsInARowNeverRepeatAnItemAndASixthRepeatsOnlyTheLeastRecentlySeen() {
        LearnerClient learner = learner();
        List<Set<String>> exams = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String session = learner.startId(Map.of("mode", "EXAM"));
            exams.add(store.load(learner.id(), session).orElseThrow().items().stream()
                    .map(SessionItem::questionId).collect(Collectors.toSet()));
            assertThat(learner.finish(session).getStatusCode().value()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(1));
        }

        Set<String> firstFive = new HashSet<>();
        exams.subList(0, 5).forEach(firstFive::addAll);
        assertThat(firstFive).as("distinct items over five exams of 65").hasSize(5 * 65);
        Set<String> repeatedInSixth = new HashSet<>(exams.get(5));
        repeatedInSixth.retainAll(firstFive);
        assertThat(exams.get(0)).as("a sixth exam repeats only items of the first").containsAll(repeatedInSixth);
    }

    private ResponseEntity<Map> sitExam(int rightScored, boolean unscoredRight) {
        LearnerClient learner = learner();
        String session = sitExam(learner, rightScored, unscoredRight);
        return learner.finish(session);
    }

    /** Answers every item of a new exam: exactly {@code rightScored} scored items right, the rest wrong. */
    private String sitExam(LearnerClient learner, int rightScored, boolean unscoredRight) {
        String session = learner.startId(Map.of("mode", "EXAM"));
        int right = 0;
        for (SessionItem item : store.load(learner.id(), session).orElseThrow().items()) {
            CatalogItem question = catalog.version(item.questionId(), item.version());
            boolean answerRight = item.scored() ? right++ < rightScored : unscoredRight;
            ResponseEntity<Map> saved = learner.respond(session, item.n(),
                    answerRight ? Answers.right(question) : Answers.wrong(question));
            assertThat(saved.getStatusCode().value()).isEqualTo(200);
        }
        return session;
    }

    private static Map<Integer, Long> countByDomain(SessionState exam, boolean scored) {
        return exam.items().stream().filter(item -> item.scored() == scored)
                .collect(Collectors.groupingBy(SessionItem::domain, Collectors.counting()));
    }

    private LearnerClient learner() {
        return new LearnerClient(port, "examinee-" + UUID.randomUUID());
    }
}
