package io.mlaprep.analytics.learner.messaging;

import io.mlaprep.analytics.cohort.persistence.CohortStore;
import io.mlaprep.analytics.learner.persistence.LearnerViewStore;
import io.mlaprep.contracts.LearnerModelChanged;
import io.mlaprep.contracts.Topics;
import io.mlaprep.servicedefaults.kafka.PoisonRecordException;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recommender owns the learner model; analytics keeps its newest version (by event time) for the
 * learner's view and their cohorts' dashboards, and never recomputes it.
 */
@Component
public class LearnerModelListener {

    private final LearnerViewStore learners;
    private final CohortStore cohorts;
    private final JsonMapper json;
    private final Clock clock;

    public LearnerModelListener(LearnerViewStore learners, CohortStore cohorts, JsonMapper json, Clock clock) {
        this.learners = learners;
        this.cohorts = cohorts;
        this.json = json;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.LEARNER_MODEL_CHANGED, groupId = "analytics-service")
    public void onModel(ConsumerRecord<String, String> record) {
        LearnerModelChanged model = json.readValue(record.value(), LearnerModelChanged.class);
        if (model.eventId() == null || model.learnerId() == null || model.occurredAt() == null
                || model.readiness() == null) {
            throw new PoisonRecordException("learner model event lacks eventId, learnerId, occurredAt or readiness",
                    null);
        }
        learners.apply(model).ifPresent(view ->
                cohorts.markDirty(view.getList("cohorts", String.class, List.of()), clock.instant()));
    }
}
