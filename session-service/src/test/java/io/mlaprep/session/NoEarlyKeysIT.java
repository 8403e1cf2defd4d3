package io.mlaprep.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.session.catalog.application.QuestionCatalog;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.delivery.persistence.SessionStore;
import io.mlaprep.session.support.Answers;
import io.mlaprep.session.support.LearnerClient;
import io.mlaprep.session.support.SessionServiceTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * Walks every learner-facing response of a practice and an exam session and looks for anything that
 * gives an item away before it is due: key fields, the explanation, any option's explanation.
 */
@SessionServiceTest
class NoEarlyKeysIT {

    private static final List<String> KEY_FIELDS = List.of("\"correct\"", "\"correctResponse\"", "\"explanation\"",
            "\"optionExplanations\"", "\"references\"", "\"scored\"");

    @LocalServerPort
    int port;
    @Autowired
    SessionStore store;
    @Autowired
    QuestionCatalog catalog;

    @Test
    void aPracticeSessionRevealsAnItemOnlyInTheFeedbackToItsOwnAnswer() {
        LearnerClient learner = learner();
        String session = learner.startId(Map.of("mode", "PRACTICE", "size", 5));
        List<SessionItem> items = store.load(learner.id(), session).orElseThrow().items();

        for (int i = 0; i < items.size(); i++) {
            List<SessionItem> unanswered = items.subList(i, items.size());
            String visible = learner.raw("/api/sessions/" + session + "/items/" + i).getBody()
                    + learner.raw("/api/sessions/" + session).getBody()
                    + learner.raw("/api/sessions").getBody();
            unanswered.forEach(item -> assertNothingOf(question(item), visible));
            // the review of an unfinished practice session explains the answered items only
            String review = learner.raw("/api/sessions/" + session + "/review").getBody();
            unanswered.forEach(item -> assertNoTextOf(question(item), review));

            ResponseEntity<String> feedback = learner.respondRaw(session, i, Answers.wrong(question(items.get(i))));
            assertThat(feedback.getBody()).contains("\"correctResponse\"");
            unanswered.subList(1, unanswered.size()).forEach(item -> assertNoTextOf(question(item), feedback.getBody()));
        }
    }

    @Test
    void anExamRevealsNothingUntilItIsFinished() {
        LearnerClient learner = learner();
        String session = learner.startId(Map.of("mode", "EXAM"));
        List<SessionItem> items = store.load(learner.id(), session).orElseThrow().items();
        StringBuilder visible = new StringBuilder();

        for (SessionItem item : items) {
            visible.append(learner.raw("/api/sessions/" + session + "/items/" + item.n()).getBody());
            ResponseEntity<String> saved = learner.respondRaw(session, item.n(), Answers.right(question(item)));
            assertThat(saved.getStatusCode().value()).isEqualTo(200);
            visible.append(saved.getBody());
        }
        visible.append(learner.raw("/api/sessions/" + session).getBody())
                .append(learner.raw("/api/sessions").getBody())
                .append(learner.raw("/api/sessions/" + session + "/review").getBody());
        String everything = visible.toString();

        items.forEach(item -> assertNothingOf(question(item), everything));
        assertThat(learner.finish(session).getBody()).containsEntry("correctCount", 50);
        assertThat(learner.raw("/api/sessions/" + session + "/review").getBody()).contains("\"correctResponse\"");
    }

    private static void assertNothingOf(CatalogItem question, String visible) {
        assertThat(visible).doesNotContain(KEY_FIELDS);
        assertNoTextOf(question, visible);
    }

    private static void assertNoTextOf(CatalogItem question, String visible) {
        assertThat(visible).doesNotContain(question.explanation());
        question.options().forEach(option -> assertThat(visible).doesNotContain(option.explanation()));
    }

    private CatalogItem question(SessionItem item) {
        return catalog.version(item.questionId(), item.version());
    }

    private LearnerClient learner() {
        return new LearnerClient(port, "keys-" + UUID.randomUUID());
    }
}
