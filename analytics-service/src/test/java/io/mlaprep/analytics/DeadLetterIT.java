package io.mlaprep.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.analytics.support.AnalyticsServiceTest;
import io.mlaprep.testsupport.DeadLetters;
import io.mlaprep.testsupport.EventPublisher;
import io.mlaprep.analytics.support.Events;
import io.mlaprep.contracts.Event;
import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.contracts.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A record that can never be processed goes to its topic's DLT, and the records behind it are processed. */
@AnalyticsServiceTest
class DeadLetterIT {

    @Autowired
    MongoTemplate mongo;

    @Test
    void aPoisonRecordOnEveryTopicGoesToItsDeadLetterTopicAndTheRestFlows() {
        String learner = "dlt-" + UUID.randomUUID();
        String question = "dlt-q-" + UUID.randomUUID().toString().substring(0, 8);
        String poison = "{not json " + UUID.randomUUID();
        Instant at = Instant.parse("2026-11-02T10:00:00Z");
        List<String> topics = List.of(Topics.ANSWER_SUBMITTED, Topics.SESSION_COMPLETED, Topics.LEARNER_MODEL_CHANGED,
                Topics.QUESTION_CHANGED);

        try (EventPublisher publisher = new EventPublisher()) {
            for (String topic : topics) {
                publisher.send(topic, topic.equals(Topics.QUESTION_CHANGED) ? question : learner, poison);
            }
            publisher.send(Topics.ANSWER_SUBMITTED, learner, "{\"eventId\":null,\"learnerId\":\"" + learner + "\"}");
            List<Object> valid = new ArrayList<>(Events.exam(learner, 40, at, new Random(1)));
            valid.add(Events.model(learner, 0.7, 760, 0.8, at.plusSeconds(8_000)));
            valid.add(Events.question(question, 3, QuestionChanged.Status.ACTIVE));
            publisher.publish(valid);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Document view = mongo.findById(learner, Document.class, "learner_views");
            assertThat(view).isNotNull();
            assertThat(view.getInteger("answered")).isEqualTo(65);
            assertThat(view.getList("exams", Document.class)).hasSize(1);
            assertThat(view.get("model", Document.class)).isNotNull();
            assertThat(mongo.findById(question, Document.class, "questions")).containsEntry("version", 3);
        });
        for (String topic : topics) {
            DeadLetters.await(topic, record -> poison.equals(record.value()));
        }
        DeadLetters.await(Topics.ANSWER_SUBMITTED, record -> record.value().contains("\"eventId\":null"));
    }

    @Test
    void anEventThatBreaksItsTopicsSchemaOnEveryTopicIsDeadLetteredByTheGateAndChangesNothing() {
        String learner = "schema-" + UUID.randomUUID();
        String question = "schema-q-" + UUID.randomUUID().toString().substring(0, 8);
        Instant at = Instant.parse("2026-11-03T10:00:00Z");
        List<Event> breaking = List.of(
                Events.answer(learner, "s-" + learner, "PRACTICE", 0, question, "2.1", true, true, at),
                Events.completed(learner, "s-" + learner, "PRACTICE", at.plusSeconds(60), List.of()),
                Events.model(learner, 0.7, 760, 0.8, at.plusSeconds(90)),
                Events.question(question, 1, QuestionChanged.Status.ACTIVE));

        DeadLetters.publishBreakingTheirSchema(breaking);

        DeadLetters.awaitRejectedForTheirSchema(breaking);
        assertThat(mongo.findById(learner, Document.class, "learner_views")).isNull();
        assertThat(mongo.findById(question, Document.class, "questions")).isNull();
    }
}
