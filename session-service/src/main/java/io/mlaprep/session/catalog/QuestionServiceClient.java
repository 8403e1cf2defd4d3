package io.mlaprep.session.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.mlaprep.servicedefaults.web.NotFoundException;
import io.mlaprep.session.resilience.ResilientCall;
import io.mlaprep.session.resilience.ResilientCalls;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * question-service over HTTP with this service's own credentials. Question versions are immutable,
 * so they are cached here: items already served keep working while question-service is down.
 */
@Component
public class QuestionServiceClient implements QuestionCatalog {

    private final ResilientCall lookups;
    private final ResilientCall draws;
    private final Cache<String, CatalogItem> versions = Caffeine.newBuilder().maximumSize(20_000).build();

    public QuestionServiceClient(ResilientCalls calls,
                                 @Value("${mla.clients.question-service.url}") String url,
                                 @Value("${mla.clients.question-service.connect-timeout}") Duration connectTimeout,
                                 @Value("${mla.clients.question-service.lookup-timeout}") Duration lookupTimeout,
                                 @Value("${mla.clients.question-service.draw-timeout}") Duration drawTimeout) {
        this.lookups = calls.create("question-service-lookup", url, connectTimeout, lookupTimeout, 64);
        this.draws = calls.create("question-service-draw", url, connectTimeout, drawTimeout, 16);
    }

    @Override
    public List<List<CatalogItem>> draw(List<DrawSlot> slots, Collection<String> excluded, boolean countExposure) {
        DrawResponse response = draws.call(http -> http.post().uri("/internal/draws")
                .body(new DrawRequest(slots, List.copyOf(excluded), countExposure))
                .retrieve().body(DrawResponse.class));
        List<List<CatalogItem>> bySlot = new ArrayList<>();
        slots.forEach(slot -> bySlot.add(new ArrayList<>()));
        for (DrawnItem item : response.items()) {
            bySlot.get(item.slot()).add(item.question());
            versions.put(cacheKey(item.question().id(), item.question().version()), item.question());
        }
        return bySlot;
    }

    @Override
    public CatalogItem version(String questionId, int version) {
        CatalogItem cached = versions.getIfPresent(cacheKey(questionId, version));
        if (cached != null) {
            return cached;
        }
        LookupResponse response = lookups.call(http -> http.post().uri("/internal/questions/lookup")
                .body(new LookupRequest(List.of(new Ref(questionId, version))))
                .retrieve().body(LookupResponse.class));
        CatalogItem item = response.items().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Question " + questionId + " v" + version + " is gone."));
        versions.put(cacheKey(questionId, version), item);
        return item;
    }

    @Override
    public List<CatalogItem> current(Collection<String> questionIds) {
        if (questionIds.isEmpty()) {
            return List.of();
        }
        LookupResponse response = lookups.call(http -> http.post().uri("/internal/questions/lookup")
                .body(new LookupRequest(questionIds.stream().map(id -> new Ref(id, null)).toList()))
                .retrieve().body(LookupResponse.class));
        response.items().forEach(item -> versions.put(cacheKey(item.id(), item.version()), item));
        return response.items().stream().filter(item -> "ACTIVE".equals(item.status())).toList();
    }

    private static String cacheKey(String id, int version) {
        return id + "@" + version;
    }

    record DrawRequest(List<DrawSlot> slots, List<String> excludeQuestionIds, boolean countExposure) {
    }

    record DrawnItem(int slot, CatalogItem question) {
    }

    record DrawResponse(List<DrawnItem> items) {
    }

    record Ref(String id, Integer version) {
    }

    record LookupRequest(List<Ref> refs) {
    }

    record LookupResponse(List<CatalogItem> items) {
    }
}
