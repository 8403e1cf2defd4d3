package io.mlaprep.analytics.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mlaprep.analytics.items.client.QuestionKeys;
import io.mlaprep.analytics.support.AnalyticsServiceTest;
import io.mlaprep.analytics.support.QuestionServiceInProcess;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.contracts.internal.questions.LookupResponse;
import io.mlaprep.contracts.internal.questions.QuestionServiceApi;
import io.mlaprep.servicedefaults.client.ResilientCalls;
import io.mlaprep.servicedefaults.client.ServiceRestClients;
import io.mlaprep.servicedefaults.client.ServiceTokenProvider;
import io.mlaprep.servicedefaults.errors.NotFoundException;
import io.mlaprep.testsupport.WireContract;
import io.mlaprep.testsupport.WireRecorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * analytics' real {@link QuestionKeys} against the real question-service (its {@code DrawController} on the
 * seed bank in MongoDB), over HTTP: every field question-service sends is read, with the value it sent. The
 * client is built as the service builds it, plus a recorder of the bytes received.
 */
@AnalyticsServiceTest
@ExtendWith(QuestionServiceInProcess.class)
class QuestionServiceContractIT {

    /** Seed questions of each type, each with a difficulty and references. */
    private static final Map<QuestionType, String> SEEDED = Map.of(QuestionType.MULTIPLE_CHOICE, "d1-t11-001",
            QuestionType.MULTIPLE_RESPONSE, "d1-t11-008", QuestionType.ORDERING, "d1-t11-010",
            QuestionType.MATCHING, "d1-t11-011");

    @Autowired
    RestClient.Builder http;
    @Autowired
    ServiceTokenProvider tokens;
    @Autowired
    JsonMapper json;

    private final WireRecorder wire = new WireRecorder();

    @Test
    void theCurrentVersionOfEveryTypeIsReadFieldForField() {
        QuestionKeys keys = keys();
        List<JsonNode> sent = new ArrayList<>();
        SEEDED.forEach((type, id) -> {
            CatalogItem read = keys.current(id).orElseThrow();

            assertThat(wire.last().path()).isEqualTo(QuestionServiceApi.LOOKUP);
            assertThat(read.id()).isEqualTo(id);
            assertThat(read.type()).isEqualTo(type);
            JsonNode answer = json.readTree(wire.last().body());
            WireContract.assertReadsEverything(answer, new LookupResponse(List.of(read)), json);
            sent.add(answer.get("items").get(0));
        });

        WireContract.assertFillsEveryComponent(sent, CatalogItem.class);
        WireContract.assertFillsEveryComponent(sent.stream().flatMap(item -> elements(item.get("options")).stream())
                .toList(), CatalogItem.Option.class);
        WireContract.assertFillsEveryComponent(sent.stream().flatMap(item -> elements(item.get("responses"))
                .stream()).toList(), CatalogItem.Choice.class);
        WireContract.assertFillsEveryComponent(sent.stream().map(item -> item.get("correct")).toList(),
                CatalogItem.Key.class);
    }

    @Test
    void theKeyOfAChoiceItemIsItsCorrectOptionsAndOfAnOrderingItemEveryStep() {
        QuestionKeys keys = keys();
        CatalogItem multipleResponse = keys.current(SEEDED.get(QuestionType.MULTIPLE_RESPONSE)).orElseThrow();
        CatalogItem ordering = keys.current(SEEDED.get(QuestionType.ORDERING)).orElseThrow();

        QuestionKeys.KeyedOptions choice = keys.of(multipleResponse.id());
        QuestionKeys.KeyedOptions steps = keys.of(ordering.id());

        assertThat(choice.optionIds()).containsExactlyElementsOf(
                multipleResponse.options().stream().map(CatalogItem.Option::id).toList());
        assertThat(choice.key()).containsExactlyInAnyOrderElementsOf(multipleResponse.correct().optionIds())
                .hasSizeLessThan(choice.optionIds().size());
        assertThat(steps.key()).containsExactlyInAnyOrderElementsOf(steps.optionIds());
        assertThatThrownBy(() -> keys.of("no-such-question")).isInstanceOf(NotFoundException.class);
    }

    private QuestionKeys keys() {
        ResilientCalls calls = new ResilientCalls(
                new ServiceRestClients(http.clone().requestInterceptor(wire), tokens), new SimpleMeterRegistry());
        return new QuestionKeys(calls, System.getProperty(QuestionServiceInProcess.URL), Duration.ofSeconds(2),
                Duration.ofSeconds(5), 4);
    }

    private static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
