package io.mlaprep.session.adaptive;

import io.mlaprep.session.resilience.ResilientCall;
import io.mlaprep.session.resilience.ResilientCalls;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** recommender-service over HTTP: the questions a learner should practise next. */
@Component
public class RecommenderClient {

    private final ResilientCall calls;

    public RecommenderClient(ResilientCalls calls,
                             @Value("${mla.clients.recommender-service.url}") String url,
                             @Value("${mla.clients.recommender-service.connect-timeout}") Duration connectTimeout,
                             @Value("${mla.clients.recommender-service.timeout}") Duration timeout) {
        this.calls = calls.create("recommender-service", url, connectTimeout, timeout, 64);
    }

    public List<String> nextQuestions(String learnerId, int limit) {
        NextQuestions next = calls.call(http -> http.get()
                .uri("/internal/learners/{learnerId}/next-questions?limit={limit}", learnerId, limit)
                .retrieve().body(NextQuestions.class));
        return next == null || next.questionIds() == null ? List.of() : next.questionIds();
    }

    record NextQuestions(List<String> questionIds) {
    }
}
