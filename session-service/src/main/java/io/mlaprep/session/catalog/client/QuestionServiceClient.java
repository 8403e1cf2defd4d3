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
 * question-service over HTTP with this service's own credentials. Question versions are immutable, so they are
 * cached here: items already served keep working while question-service is down, and a draw, which names its
 * questions by id and version, fetches only the ones this instance has not held yet.
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
    public List<List<CatalogItem>> draw(List<DrawSlot> slots, Collection<String> excluded, List<String> seenOldestFirst,
                                        boolean countExposure) {
        DrawResponse response = bulk.call(http -> http.post().uri(QuestionServiceApi.DRAWS)
                .body(DrawRequest.of(slots, List.copyOf(excluded), seenOldestFirst, countExposure))
                .retrieve().body(DrawResponse.class));
        Map<QuestionRef, CatalogItem> found = found(response.items().stream()
                .map(item -> new QuestionRef(item.id(), item.version())).toList(), true);
        List<List<CatalogItem>> bySlot = new ArrayList<>();
        slots.forEach(slot -> bySlot.add(new ArrayList<>()));
        for (DrawResponse.DrawnItem item : response.items()) {
            CatalogItem question = found.get(new QuestionRef(item.id(), item.version()));
            if (question != null) { // gone since the draw: the slot comes up short, as when the bank runs out
                bySlot.get(item.slot()).add(question);
            }
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
        Map<QuestionRef, CatalogItem> found = found(refs, false);
        for (QuestionRef ref : refs) {
            if (!found.containsKey(ref)) {
                throw new NotFoundException("Question " + ref.id() + " v" + ref.version() + " is gone.");
            }
        }
        return found;
    }

    /**
     * The versions the cache or the bank has, those not cached fetched in one call; unknown ones left out.
     *
     * @param forDraw a draw's items: the draw's budget, however few of them this instance lacks
     */
    private Map<QuestionRef, CatalogItem> found(Collection<QuestionRef> refs, boolean forDraw) {
        Map<QuestionRef, CatalogItem> found = new HashMap<>(cache.getAllPresent(refs));
        List<QuestionRef> missing = refs.stream().filter(ref -> !found.containsKey(ref)).distinct().toList();
        if (missing.isEmpty()) {
            return found;
        }
        ResilientCall budget = forDraw ? bulk : lookupFor(missing.size());
        LookupResponse response = budget.callIdempotent(http -> http.post()
                .uri(QuestionServiceApi.LOOKUP).body(new LookupRequest(missing.stream()
                        .map(ref -> new LookupRequest.Ref(ref.id(), ref.version())).toList()))
                .retrieve().body(LookupResponse.class));
        for (CatalogItem item : response.items()) {
            found.put(cached(item), item);
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

    /** Several questions at once are a larger read and reply: they get the bulk budget. */
    private ResilientCall lookupFor(int questions) {
        return questions == 1 ? lookups : bulk;
    }

    private QuestionRef cached(CatalogItem item) {
        QuestionRef ref = new QuestionRef(item.id(), item.version());
        cache.put(ref, item);
        return ref;
    }
}
