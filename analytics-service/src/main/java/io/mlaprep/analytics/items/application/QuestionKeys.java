package io.mlaprep.analytics.items.application;

import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.contracts.internal.questions.LookupRequest;
import io.mlaprep.contracts.internal.questions.LookupResponse;
import io.mlaprep.contracts.internal.questions.QuestionServiceApi;
import io.mlaprep.servicedefaults.client.ServiceRestClients;
import io.mlaprep.servicedefaults.web.DependencyUnavailableException;
import io.mlaprep.servicedefaults.web.NotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The current options and key of a question, asked of question-service with this service's own
 * credentials (analytics events carry no keys). For ordering and matching items every step or prompt
 * counts as "key": they have no distractors to rate.
 */
@Component
public class QuestionKeys {

    private final RestClient http;

    public QuestionKeys(ServiceRestClients clients, @Value("${mla.clients.question-service.url}") String url) {
        this.http = clients.create(url, Duration.ofMillis(500), Duration.ofSeconds(2));
    }

    public record KeyedOptions(List<String> optionIds, Set<String> key) {
    }

    public KeyedOptions of(String questionId) {
        LookupResponse lookup;
        try {
            lookup = http.post().uri(QuestionServiceApi.LOOKUP)
                    .body(LookupRequest.current(List.of(questionId)))
                    .retrieve().body(LookupResponse.class);
        } catch (RestClientException e) {
            throw new DependencyUnavailableException("question-service did not answer; item statistics need the "
                    + "question's key.", e);
        }
        CatalogItem question = lookup == null ? null : lookup.items().stream().findFirst().orElse(null);
        if (question == null) {
            throw new NotFoundException("No question " + questionId + ".");
        }
        List<String> options = question.options().stream().map(CatalogItem.Option::id).toList();
        boolean choice = question.correct() != null && question.correct().optionIds() != null
                && !question.correct().optionIds().isEmpty();
        return new KeyedOptions(options, choice ? Set.copyOf(question.correct().optionIds()) : Set.copyOf(options));
    }
}
