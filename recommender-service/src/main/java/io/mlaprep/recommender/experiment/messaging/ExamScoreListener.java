package io.mlaprep.recommender.experiment.messaging;

import io.mlaprep.contracts.SessionCompleted;
import io.mlaprep.contracts.Topics;
import io.mlaprep.recommender.experiment.application.ExperimentService;
import io.mlaprep.servicedefaults.inbound.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A finished mock exam's scaled score counts for the learner's arm of the running experiment; other sessions,
 * and learners in no experiment, are skipped.
 */
@Component
public class ExamScoreListener {

    private static final String EXAM = "EXAM";

    private final InboundEvents inbound;
    private final ExperimentService experiments;

    public ExamScoreListener(InboundEvents inbound, ExperimentService experiments) {
        this.inbound = inbound;
        this.experiments = experiments;
    }

    @KafkaListener(topics = Topics.SESSION_COMPLETED)
    public void onSessionCompleted(ConsumerRecord<String, String> record) {
        inbound.accept(record, SessionCompleted.class, completed -> {
            SessionCompleted session = completed.event();
            if (EXAM.equals(session.mode()) && session.scaledScore() != null) {
                experiments.recordExamScore(session.learnerId(), session.eventId().toString(), session.scaledScore());
            }
        });
    }
}
