package io.mlaprep.session.support;

import io.mlaprep.question.QuestionServiceApplication;
import io.mlaprep.testsupport.InProcessService;

/** The real question-service (with its seed bank, on the test MongoDB and Kafka), which session-service calls. */
public final class QuestionServiceInProcess extends InProcessService {

    public QuestionServiceInProcess() {
        super(QuestionServiceApplication.class, "mla.clients.question-service.url",
                "spring.config.name=question-service-in-process",
                // no application.yml of its own is read here, so no local profile either
                "SERVICE_CLIENT_SECRET=in-process-question-service-secret",
                "spring.application.name=question-service",
                "spring.mongodb.database=session-tests-questions",
                "spring.data.mongodb.auto-index-creation=false",
                "mla.seed.enabled=true",
                "mla.seed.location=classpath*:seed/*.json",
                "mla.draw.pool-max-age=5s");
    }
}
