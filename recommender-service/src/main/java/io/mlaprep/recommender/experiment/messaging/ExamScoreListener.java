package io.mlaprep.recommender.experiment.messaging;

import io.mlaprep.contracts.SessionCompleted;
import io.mlaprep.contracts.Topics;
import io.mlaprep.recommender.experiment.application.ExperimentService;
import io.mlaprep.servicedefaults.kafka.PoisonRecordException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A finished mock exam's scaled score counts for the learner's arm of the running experiment. Idempotent on the
 * event id (a redelivery records nothing twice); other sessions, and learners in no experiment, are skipped.
 */
@Component
public class ExamScoreListener {

    private static final String EXAM = "EXAM";

    private final ExperimentService experiments;
    private final JsonMapper json;

    public ExamScoreListener(ExperimentService experiments, JsonMapper json) {
        this.experiments = experiments;
        this.json = json;
    }

    @KafkaListener(topics = Topics.SESSION_COMPLETED)
    public void onSessionCompleted(ConsumerRecord<String, String> record) {
        SessionCompleted session = json.readValue(record.value(), SessionCompleted.class);
        if (session.eventId() == null || session.learnerId() == null || session.mode() == null
                || (session.scaledScore() != null && (session.scaledScore() < 100 || session.scaledScore() > 1000))) {
            throw new PoisonRecordException("session event lacks eventId, learnerId or mode, "
                    + "or has a scaled score outside 100..1000", null);
        }
        if (EXAM.equals(session.mode()) && session.scaledScore() != null) {
            experiments.recordExamScore(session.learnerId(), session.eventId().toString(), session.scaledScore());
        }
    }
}
