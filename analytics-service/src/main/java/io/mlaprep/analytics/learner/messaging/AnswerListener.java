package io.mlaprep.analytics.learner.messaging;

import io.mlaprep.analytics.cohort.persistence.CohortStore;
import io.mlaprep.analytics.ingest.Delivered;
import io.mlaprep.analytics.ingest.Delivery;
import io.mlaprep.analytics.ingest.EventLog;
import io.mlaprep.analytics.items.persistence.ExamAttemptStore;
import io.mlaprep.analytics.learner.persistence.LearnerViewStore;
import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.Topics;
import io.mlaprep.servicedefaults.kafka.PoisonRecordException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers, a batch at a time: each counts once in the learner's view, in each of their cohorts' item
 * tallies, and (exams) on the exam's sheet for item statistics. Every step is keyed or offset-guarded,
 * so redelivering a batch after a crash at any point completes what was not done and repeats nothing.
 * A record that cannot be read ends the batch there: the records before it are processed, it goes to
 * the dead-letter topic, and the rest follow.
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

    @KafkaListener(topics = Topics.ANSWER_SUBMITTED, batch = "true")
    public void onAnswers(List<ConsumerRecord<String, String>> records) {
        List<Delivered<AnswerSubmitted>> readable = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, String> record = records.get(i);
            try {
                readable.add(new Delivered<>(parse(record.value()), Delivery.of(record)));
            } catch (PoisonRecordException | JacksonException e) {
                process(readable);
                throw new BatchListenerFailedException("unreadable answer event", e, i);
            }
        }
        process(readable);
    }

    private void process(List<Delivered<AnswerSubmitted>> answers) {
        if (answers.isEmpty()) {
            return;
        }
        boolean[] own = events.recordAll(answers.stream()
                .map(a -> new EventLog.Entry(a.event().eventId().toString(), a.delivery())).toList());
        List<Delivered<AnswerSubmitted>> fresh = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (own[i]) {
                fresh.add(answers.get(i));
            }
        }
        Map<String, List<String>> memberships = learners.countAnswers(fresh);
        List<CohortStore.CohortAnswer> cohortAnswers = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        for (Delivered<AnswerSubmitted> answer : fresh) {
            if (answer.event().omitted()) {
                continue; // not an attempt at the item: the cohort's hardest items count answers only
            }
            for (String cohortId : memberships.getOrDefault(answer.event().learnerId(), List.of())) {
                cohortAnswers.add(new CohortStore.CohortAnswer(cohortId, answer.event().questionId(),
                        answer.event().correct(), answer.delivery()));
                touched.add(cohortId);
            }
        }
        cohorts.countAnswers(cohortAnswers);
        cohorts.markDirty(touched, clock.instant());
        exams.addAnswers(fresh.stream().map(Delivered::event).filter(a -> "EXAM".equals(a.sessionMode())).toList());
    }

    private AnswerSubmitted parse(String value) {
        AnswerSubmitted answer = json.readValue(value, AnswerSubmitted.class);
        if (answer.eventId() == null || answer.learnerId() == null || answer.taskStatement() == null
                || answer.questionId() == null || answer.occurredAt() == null || answer.sessionId() == null) {
            throw new PoisonRecordException("answer event lacks eventId, learnerId, sessionId, questionId, "
                    + "taskStatement or occurredAt", null);
        }
        return answer;
    }
}
