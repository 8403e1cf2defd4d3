package io.mlaprep.session.support;

import io.mlaprep.recommender.RecommenderServiceApplication;
import io.mlaprep.testsupport.InProcessService;

/**
 * The real recommender-service (on the test Redis and Kafka). Its URL goes to {@link #URL}, not to
 * session-service's recommender setting, which {@link SessionServiceTest} points at nothing: a test
 * class that wants it sets {@code mla.clients.recommender-service.url=${mla.test.recommender-service.url}}.
 */
public final class RecommenderInProcess extends InProcessService {

    public static final String URL = "mla.test.recommender-service.url";

    public RecommenderInProcess() {
        super(RecommenderServiceApplication.class, URL,
                "spring.config.name=recommender-service-in-process",
                // no application.yml of its own is read here, so no local profile either
                "SERVICE_CLIENT_SECRET=in-process-recommender-service-secret",
                "spring.application.name=recommender-service",
                "spring.kafka.consumer.group-id=recommender-service",
                "mla.recommender.shards=16",
                "mla.recommender.answer-consumers=3",
                "mla.experiments.refresh=2s",
                "mla.mastery.learning-rate-sd=0",
                // question-service's classes share this classpath; the recommender has no MongoDB
                "spring.autoconfigure.exclude=" + NoMongo.AUTO_CONFIGURATIONS);
    }
}
