package io.mlaprep.session.adaptive;

import io.mlaprep.servicedefaults.client.ServiceRestClients;
import io.mlaprep.session.resilience.ResilientCall;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** recommender-service over HTTP: the questions a learner should practise next. */
@Component
public class RecommenderClient {

    private final RestClient http;
    private final ResilientCall calls;

    public RecommenderClient(ServiceRestClients clients,
                             @Value("${mla.clients.recommender-service.url}") String url,
                             @Value("${mla.clients.recommender-service.timeout:150ms}") Duration timeout) {
        this.http = clients.create(url, Duration.ofMillis(300), timeout);
        this.calls = new ResilientCall("recommender-service", timeout, 64);
    }

    public List<String> nextQuestions(String learnerId, int limit) {
        NextQuestions next = calls.call(() -> http.get()
                .uri("/internal/learners/{learnerId}/next-questions?limit={limit}", learnerId, limit)
                .retrieve().body(NextQuestions.class));
        return next == null || next.questionIds() == null ? List.of() : next.questionIds();
    }

    record NextQuestions(List<String> questionIds) {
    }
}
