package io.mlaprep.analytics.learner.messaging;

import io.mlaprep.analytics.cohort.persistence.CohortStore;
import io.mlaprep.analytics.learner.persistence.LearnerViewStore;
import io.mlaprep.contracts.LearnerModelChanged;
import io.mlaprep.contracts.Topics;
import io.mlaprep.servicedefaults.kafka.PoisonRecordException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recommender owns the learner model; analytics keeps its newest version (by event time) for the
 * learner's view and their cohorts' dashboards, and never recomputes it. A batch at a time: each
 * learner's newest model in one compare-and-set, then one mark for all their cohorts. The cohorts are
 * marked even when the model was kept before, so a redelivery after a crash before the mark still
 * marks them. A record that cannot be read ends the batch there, as in {@link AnswerListener}.
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

    @KafkaListener(topics = Topics.LEARNER_MODEL_CHANGED, batch = "true")
    public void onModels(List<ConsumerRecord<String, String>> records) {
        List<LearnerModelChanged> readable = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                readable.add(parse(records.get(i).value()));
            } catch (PoisonRecordException | JacksonException e) {
                keep(readable);
                throw new BatchListenerFailedException("unreadable learner model event", e, i);
            }
        }
        keep(readable);
    }

    private void keep(List<LearnerModelChanged> models) {
        if (models.isEmpty()) {
            return;
        }
        Set<String> touched = new LinkedHashSet<>();
        learners.keepNewest(models).values().forEach(touched::addAll);
        cohorts.markDirty(touched, clock.instant());
    }

    private LearnerModelChanged parse(String value) {
        LearnerModelChanged model = json.readValue(value, LearnerModelChanged.class);
        if (model.eventId() == null || model.learnerId() == null || model.occurredAt() == null
                || model.readiness() == null) {
            throw new PoisonRecordException("learner model event lacks eventId, learnerId, occurredAt or readiness",
                    null);
        }
        return model;
    }
}
