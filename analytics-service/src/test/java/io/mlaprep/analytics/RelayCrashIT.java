package io.mlaprep.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.mlaprep.analytics.support.AnalyticsServiceTest;
import io.mlaprep.analytics.support.Events;
import io.mlaprep.contracts.Event;
import io.mlaprep.contracts.Topics;
import io.mlaprep.servicedefaults.outbox.RelayCrash;
import io.mlaprep.testsupport.ConsumerGroups;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * An outbox relay killed between Kafka's acknowledgement and its delete sends its batch again after the restart.
 * The copies, at new offsets, change nothing in analytics' views, not even a revision.
 */
@AnalyticsServiceTest
class RelayCrashIT {

    @Autowired
    MongoTemplate mongo;

    @Test
    void theBatchARelayKilledAfterTheAcknowledgementSendsAgainChangesNoView() throws Exception {
        String learner = "crash-" + UUID.randomUUID();
        String exam = "exam-" + learner;
        Instant at = Instant.parse("2026-11-20T08:00:00Z");
        List<Event> batch = List.of(
                Events.answer(learner, exam, "EXAM", 0, "q-crash-1", "2.2", false, true, at),
                Events.answer(learner, exam, "EXAM", 1, "q-crash-2", "3.1", true, true, at.plusSeconds(90)),
                Events.omitted(learner, exam, 2, "q-crash-3", "1.1", at.plusSeconds(7_000)),
                Events.completed(learner, "practice-" + learner, "PRACTICE", at.plusSeconds(9_000), List.of()));

        try (RelayCrash relay = new RelayCrash(batch)) {
            relay.sendAndDie();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Document view = mongo.findById(learner, Document.class, "learner_views");
                return view != null && view.getList("sessions", Document.class, List.of()).size() == 1
                        && view.getInteger("answered", 0) + view.getInteger("omitted", 0) == 3;
            });
            List<Document> once = views(learner, exam);

            relay.restart();
            ConsumerGroups.awaitCaughtUp("analytics-service", Topics.ANSWER_SUBMITTED);
            ConsumerGroups.awaitCaughtUp("analytics-service", Topics.SESSION_COMPLETED);

            assertThat(views(learner, exam)).isEqualTo(once);
        }
    }

    private List<Document> views(String learner, String exam) {
        return List.of(mongo.findById(learner, Document.class, "learner_views"),
                mongo.findOne(new Query(where("_id").is(exam)), Document.class, "exam_sheets"));
    }
}
