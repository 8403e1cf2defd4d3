package io.mlaprep.analytics.learner.messaging;

import io.mlaprep.analytics.cohort.persistence.CohortStore;
import io.mlaprep.analytics.ingest.Delivery;
import io.mlaprep.analytics.ingest.EventLog;
import io.mlaprep.analytics.items.persistence.ExamAttemptStore;
import io.mlaprep.analytics.learner.persistence.LearnerViewStore;
import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.Topics;
import io.mlaprep.servicedefaults.kafka.PoisonRecordException;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer counts in the learner's view, in each of their cohorts' item tallies, and (exams) on the
 * exam's sheet for item statistics. Each step is keyed or offset-guarded, so a retry after a crash at
 * any point completes the steps not yet done and repeats none.
 */
@Component
public class AnswerListener {

    private final EventLog events;
    private final LearnerViewStore learners;
    private final CohortStore cohorts;
    private final ExamAttemptStore exams;
    private final JsonMapper json;
    private final Clock clock;

    public AnswerListener(EventLog events, LearnerViewStore learners, CohortStore cohorts, ExamAttemptStore exams,
                          JsonMapper json, Clock clock) {
        this.events = events;
        this.learners = learners;
        this.cohorts = cohorts;
        this.exams = exams;
        this.json = json;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.ANSWER_SUBMITTED, groupId = "analytics-service")
    public void onAnswer(ConsumerRecord<String, String> record) {
        AnswerSubmitted answer = json.readValue(record.value(), AnswerSubmitted.class);
        if (answer.eventId() == null || answer.learnerId() == null || answer.taskStatement() == null
                || answer.questionId() == null || answer.occurredAt() == null || answer.sessionId() == null) {
            throw new PoisonRecordException("answer event lacks eventId, learnerId, sessionId, questionId, "
                    + "taskStatement or occurredAt", null);
        }
        Delivery delivery = Delivery.of(record);
        if (!events.record(answer.eventId().toString(), Topics.ANSWER_SUBMITTED, answer.learnerId(),
                answer.occurredAt(), delivery, record.value())) {
            return;
        }
        Document view = learners.apply(answer, delivery)
                .or(() -> learners.find(answer.learnerId()))
                .orElseThrow();
        List<String> memberOf = view.getList("cohorts", String.class, List.of());
        for (String cohortId : memberOf) {
            cohorts.countAnswer(cohortId, answer.questionId(), answer.correct(), delivery);
        }
        cohorts.markDirty(memberOf, clock.instant());
        if ("EXAM".equals(answer.sessionMode())) {
            exams.writeAttemptsIfComplete(exams.addAnswer(answer));
        }
    }
}
