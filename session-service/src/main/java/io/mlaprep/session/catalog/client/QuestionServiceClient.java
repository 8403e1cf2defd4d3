package io.mlaprep.session.catalog.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.contracts.internal.questions.DrawRequest;
import io.mlaprep.contracts.internal.questions.DrawResponse;
import io.mlaprep.contracts.internal.questions.DrawSlot;
import io.mlaprep.contracts.internal.questions.LookupRequest;
import io.mlaprep.contracts.internal.questions.LookupResponse;
import io.mlaprep.contracts.internal.questions.QuestionServiceApi;
import io.mlaprep.servicedefaults.client.ResilientCall;
import io.mlaprep.servicedefaults.client.ResilientCalls;
import io.mlaprep.servicedefaults.errors.NotFoundException;
import io.mlaprep.session.catalog.application.QuestionCatalog;
import io.mlaprep.session.catalog.domain.QuestionRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * question-service over HTTP with this service's own credentials. Question versions are immutable,
 * so they are cached here: items already served keep working while question-service is down.
 */
@Component
public class QuestionServiceClient implements QuestionCatalog {

    private final ResilientCall lookups;
    private final ResilientCall bulk;
    private final Cache<QuestionRef, CatalogItem> cache = Caffeine.newBuilder().maximumSize(20_000).build();

    public QuestionServiceClient(ResilientCalls calls,
                                 @Value("${mla.clients.question-service.url}") String url,
                                 @Value("${mla.clients.question-service.connect-timeout}") Duration connectTimeout,
                                 @Value("${mla.clients.question-service.lookup-timeout}") Duration lookupTimeout,
                                 @Value("${mla.clients.question-service.bulk-timeout}") Duration bulkTimeout) {
        this.lookups = calls.create("question-service-lookup", url, connectTimeout, lookupTimeout, 64);
        this.bulk = calls.create("question-service-bulk", url, connectTimeout, bulkTimeout, 16);
    }

    @Override
    public List<List<CatalogItem>> draw(List<DrawSlot> slots, Collection<String> excluded, Map<String, Long> seen,
                                        boolean countExposure) {
        DrawResponse response = bulk.call(http -> http.post().uri(QuestionServiceApi.DRAWS)
                .body(new DrawRequest(slots, List.copyOf(excluded), seen, countExposure))
                .retrieve().body(DrawResponse.class));
        List<List<CatalogItem>> bySlot = new ArrayList<>();
        slots.forEach(slot -> bySlot.add(new ArrayList<>()));
        for (DrawResponse.DrawnItem item : response.items()) {
            bySlot.get(item.slot()).add(item.question());
            cached(item.question());
        }
        return bySlot;
    }

    @Override
    public CatalogItem version(String questionId, int version) {
        QuestionRef ref = new QuestionRef(questionId, version);
        return versions(List.of(ref)).get(ref);
    }

    @Override
    public Map<QuestionRef, CatalogItem> versions(Collection<QuestionRef> refs) {
        Map<QuestionRef, CatalogItem> found = new HashMap<>(cache.getAllPresent(refs));
        List<QuestionRef> missing = refs.stream().filter(ref -> !found.containsKey(ref)).distinct().toList();
        if (missing.isEmpty()) {
            return found;
        }
        LookupResponse response = lookupFor(missing.size()).callIdempotent(http -> http.post()
                .uri(QuestionServiceApi.LOOKUP).body(new LookupRequest(missing.stream()
                        .map(ref -> new LookupRequest.Ref(ref.id(), ref.version())).toList()))
                .retrieve().body(LookupResponse.class));
        for (CatalogItem item : response.items()) {
            found.put(cached(item), item);
        }
        for (QuestionRef ref : missing) {
            if (!found.containsKey(ref)) {
                throw new NotFoundException("Question " + ref.id() + " v" + ref.version() + " is gone.");
            }
        }
        return found;
    }

    @Override
    public List<CatalogItem> current(Collection<String> questionIds) {
        if (questionIds.isEmpty()) {
            return List.of();
        }
        LookupResponse response = lookupFor(questionIds.size()).callIdempotent(http -> http.post()
                .uri(QuestionServiceApi.LOOKUP).body(LookupRequest.current(questionIds))
                .retrieve().body(LookupResponse.class));
        response.items().forEach(this::cached);
        return response.items().stream().filter(CatalogItem::active).toList();
    }

    /** question-service reads questions one by one: several at once get the bulk budget. */
    private ResilientCall lookupFor(int questions) {
        return questions == 1 ? lookups : bulk;
    }

    private QuestionRef cached(CatalogItem item) {
        QuestionRef ref = new QuestionRef(item.id(), item.version());
        cache.put(ref, item);
        return ref;
    }
}
