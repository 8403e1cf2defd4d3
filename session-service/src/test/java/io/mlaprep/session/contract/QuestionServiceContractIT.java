package io.mlaprep.session.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.contracts.internal.questions.DrawResponse;
import io.mlaprep.contracts.internal.questions.DrawSlot;
import io.mlaprep.contracts.internal.questions.LookupResponse;
import io.mlaprep.contracts.internal.questions.QuestionServiceApi;
import io.mlaprep.servicedefaults.client.ResilientCalls;
import io.mlaprep.servicedefaults.client.ServiceRestClients;
import io.mlaprep.servicedefaults.client.ServiceTokenProvider;
import io.mlaprep.session.catalog.client.QuestionServiceClient;
import io.mlaprep.session.catalog.domain.QuestionRef;
import io.mlaprep.session.support.SessionServiceTest;
import io.mlaprep.testsupport.WireContract;
import io.mlaprep.testsupport.WireRecorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * session-service's real {@link QuestionServiceClient} against the real question-service (its
 * {@code DrawController} on the seed bank in MongoDB), over HTTP: every field question-service sends is read,
 * with the value it sent. The client is built as the service builds it, plus a recorder of the bytes received.
 */
@SessionServiceTest
class QuestionServiceContractIT {

    @Autowired
    RestClient.Builder http;
    @Autowired
    ServiceTokenProvider tokens;
    @Autowired
    JsonMapper json;
    @Value("${mla.clients.question-service.url}")
    String url;

    private final WireRecorder wire = new WireRecorder();

    @Test
    void aDrawOfEveryTypeIsReadFieldForFieldSlotBySlotAndItsItemsLookedUp() {
        List<DrawSlot> slots = Arrays.stream(QuestionType.values())
                .map(type -> new DrawSlot(2, null, type, 2, false)).toList();

        List<List<CatalogItem>> drawn = client().draw(slots, List.of(), List.of(), false);

        for (int slot = 0; slot < slots.size(); slot++) {
            assertThat(drawn.get(slot)).hasSize(2).allSatisfy(item -> assertThat(item.domain()).isEqualTo(2))
                    .extracting(CatalogItem::type).containsOnly(slots.get(slot).type());
        }
        List<DrawResponse.DrawnItem> read = new ArrayList<>();
        for (int slot = 0; slot < drawn.size(); slot++) {
            for (CatalogItem item : drawn.get(slot)) {
                read.add(new DrawResponse.DrawnItem(slot, item.id(), item.version()));
            }
        }
        JsonNode sent = json.readTree(wire.last(QuestionServiceApi.DRAWS).body());
        WireContract.assertReadsEverything(sent, new DrawResponse(read), json);
        WireContract.assertFillsEveryComponent(List.of(sent), DrawResponse.class);
        WireContract.assertFillsEveryComponent(elements(sent.get("items")), DrawResponse.DrawnItem.class);
        Map<String, CatalogItem> byId = drawn.stream().flatMap(List::stream)
                .collect(Collectors.toMap(CatalogItem::id, Function.identity()));
        assertFillsEveryPartOfAnItem(assertReadsLookup(item -> byId.get(item.id()), read.size()));
    }

    @Test
    void lookupsOfVersionsAndOfCurrentItemsAreReadFieldForField() {
        List<CatalogItem> drawn = client().draw(Arrays.stream(QuestionType.values())
                .map(type -> new DrawSlot(3, null, type, 1, false)).toList(), List.of(), List.of(), false)
                .stream().flatMap(List::stream).toList();
        List<QuestionRef> refs = drawn.stream().map(item -> new QuestionRef(item.id(), item.version())).toList();

        // a new client has nothing cached, so each of these asks question-service
        Map<QuestionRef, CatalogItem> versions = client().versions(refs);
        assertFillsEveryPartOfAnItem(
                assertReadsLookup(item -> versions.get(new QuestionRef(item.id(), item.version())), refs.size()));

        CatalogItem one = client().version(refs.getFirst().id(), refs.getFirst().version());
        assertReadsLookup(item -> one, 1);

        Map<String, CatalogItem> current = client().current(refs.stream().map(QuestionRef::id).toList()).stream()
                .collect(Collectors.toMap(CatalogItem::id, Function.identity()));
        assertReadsLookup(item -> current.get(item.id()), refs.size());
        assertThat(current.values()).extracting(CatalogItem::status).containsOnly(CatalogItem.Status.ACTIVE);
    }

    /**
     * The last answer was a lookup of {@code count} items; {@code read} gives the client's copy of each.
     * Gives the items as sent.
     */
    private List<JsonNode> assertReadsLookup(Function<CatalogItem, CatalogItem> read, int count) {
        assertThat(wire.last().path()).isEqualTo(QuestionServiceApi.LOOKUP);
        JsonNode sent = json.readTree(wire.last().body());
        List<CatalogItem> items = json.treeToValue(sent, LookupResponse.class).items();
        assertThat(items).hasSize(count);
        WireContract.assertReadsEverything(sent, new LookupResponse(items.stream().map(read).toList()), json);
        return elements(sent.get("items"));
    }

    private static void assertFillsEveryPartOfAnItem(List<JsonNode> items) {
        WireContract.assertFillsEveryComponent(items, CatalogItem.class);
        WireContract.assertFillsEveryComponent(items.stream().flatMap(item -> elements(item.get("options")).stream())
                .toList(), CatalogItem.Option.class);
        WireContract.assertFillsEveryComponent(items.stream()
                .flatMap(item -> elements(item.get("responses")).stream()).toList(), CatalogItem.Choice.class);
        WireContract.assertFillsEveryComponent(items.stream().map(item -> item.get("correct")).toList(),
                CatalogItem.Key.class);
    }

    private static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private QuestionServiceClient client() {
        ResilientCalls calls = new ResilientCalls(
                new ServiceRestClients(http.clone().requestInterceptor(wire), tokens), new SimpleMeterRegistry());
        return new QuestionServiceClient(calls, url, Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(5));
    }
}
