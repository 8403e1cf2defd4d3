package io.mlaprep.analytics.items.client;

import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.contracts.internal.questions.LookupRequest;
import io.mlaprep.contracts.internal.questions.LookupResponse;
import io.mlaprep.contracts.internal.questions.QuestionServiceApi;
import io.mlaprep.servicedefaults.client.ResilientCall;
import io.mlaprep.servicedefaults.client.ResilientCalls;
import io.mlaprep.servicedefaults.errors.NotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The current options and key of a question, asked of question-service with this service's own
 * credentials (analytics events carry no keys). For ordering and matching items every step or prompt
 * counts as "key": they have no distractors to rate. A slow or failing question-service opens a circuit
 * and the statistics answer 503 at once, rather than tying up request threads.
 */
@Component
public class QuestionKeys {

    private final ResilientCall lookups;

    public QuestionKeys(ResilientCalls calls,
                        @Value("${mla.clients.question-service.url}") String url,
                        @Value("${mla.clients.question-service.connect-timeout}") Duration connectTimeout,
                        @Value("${mla.clients.question-service.timeout}") Duration timeout,
                        @Value("${mla.clients.question-service.max-concurrent}") int maxConcurrent) {
        this.lookups = calls.create("question-service", url, connectTimeout, timeout, maxConcurrent);
    }

    public record KeyedOptions(List<String> optionIds, Set<String> key) {
    }

    public KeyedOptions of(String questionId) {
        CatalogItem question = current(questionId)
                .orElseThrow(() -> new NotFoundException("No question " + questionId + "."));
        List<String> options = question.options().stream().map(CatalogItem.Option::id).toList();
        boolean choice = question.correct() != null && question.correct().optionIds() != null
                && !question.correct().optionIds().isEmpty();
        return new KeyedOptions(options, choice ? Set.copyOf(question.correct().optionIds()) : Set.copyOf(options));
    }

    /** The question's current version as question-service gives it, if there is one. */
    public Optional<CatalogItem> current(String questionId) {
        LookupResponse lookup = lookups.call(http -> http.post().uri(QuestionServiceApi.LOOKUP)
                .body(LookupRequest.current(List.of(questionId)))
                .retrieve().body(LookupResponse.class));
        return lookup == null ? Optional.empty() : lookup.items().stream().findFirst();
    }
}
