package io.mlaprep.analytics.learner.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.mlaprep.analytics.ingest.Delivery;
import io.mlaprep.contracts.AnswerSubmitted;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Collection {@code learner_views}, one document per learner:
 * <pre>
 * _id            learnerId
 * answered, correct                  totals
 * domains.&lt;d&gt;.answered|correct     per exam domain
 * tasks.&lt;1_2&gt;.answered|correct     per task statement ("1.2" stored as "1_2")
 * lastActiveAt   event time of the latest answer
 * applied.&lt;topic-partition&gt;        last Kafka offset applied (the exactly-once guard)
 * </pre>
 */
@Component
public class LearnerViewStore {

    static final String COLLECTION = "learner_views";

    private final MongoTemplate mongo;

    public LearnerViewStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Counts one answer, unless this partition's offset was already applied to the learner's view. */
    public void apply(AnswerSubmitted answer, Delivery delivery) {
        int correct = answer.correct() ? 1 : 0;
        String task = "tasks." + answer.taskStatement().replace('.', '_');
        String domain = "domains." + answer.domain();
        Update update = new Update()
                .inc("answered", 1).inc("correct", correct)
                .inc(domain + ".answered", 1).inc(domain + ".correct", correct)
                .inc(task + ".answered", 1).inc(task + ".correct", correct)
                .max("lastActiveAt", answer.occurredAt())
                .set(delivery.appliedField(), delivery.offset());
        applyOnce(answer.learnerId(), delivery, update);
    }

    public Optional<Document> find(String learnerId) {
        return Optional.ofNullable(mongo.findById(learnerId, Document.class, COLLECTION));
    }

    private void applyOnce(String learnerId, Delivery delivery, Update update) {
        Criteria notYet = new Criteria().orOperator(where(delivery.appliedField()).exists(false),
                where(delivery.appliedField()).lt(delivery.offset()));
        try {
            mongo.upsert(new Query(where("_id").is(learnerId)).addCriteria(notYet), update, COLLECTION);
        } catch (DuplicateKeyException alreadyApplied) {
            // the view exists and its guard refused this offset: applied before
        }
    }
}
