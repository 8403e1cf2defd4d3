package io.mlaprep.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class WireContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Item(String id, List<String> tags, Double weight) {
    }

    record OldItem(String id, List<String> tags) {
    }

    @Test
    void aClientThatReadsEveryFieldWithItsValuePasses() {
        assertThatCode(() -> WireContract.assertReadsEverything("{\"id\":\"q\",\"tags\":null,\"weight\":1}",
                new Item("q", List.of(), 1.0), JSON)).doesNotThrowAnyException();
    }

    @Test
    void aFieldTheClientDropsOrReadsWronglyFails() {
        assertThatThrownBy(() -> WireContract.assertReadsEverything("{\"id\":\"q\",\"tags\":[\"a\"],\"weight\":1}",
                new OldItem("q", List.of("a")), JSON)).hasMessageContaining("$.weight: not read");
        assertThatThrownBy(() -> WireContract.assertReadsEverything("{\"id\":\"q\",\"tags\":[\"a\"],\"weight\":1}",
                new Item("q", List.of("b"), 1.0), JSON)).hasMessageContaining("$.tags[0]: sent \"a\", read \"b\"");
    }

    @Test
    void aComponentNoServerAnswerFilledFails() {
        assertThatThrownBy(() -> WireContract.assertFillsEveryComponent(
                List.of(JSON.readTree("{\"id\":\"q\",\"tags\":[],\"weight\":null}")), Item.class))
                .hasMessageContaining("[weight]");
        assertThatThrownBy(() -> WireContract.assertFillsEveryComponent(
                List.of(JSON.readTree("{\"id\":\"q\",\"tags\":[],\"extra\":1}")), OldItem.class))
                .hasMessageContaining("[extra]");
    }
}
