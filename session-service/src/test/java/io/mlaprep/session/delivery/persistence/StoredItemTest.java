package io.mlaprep.session.delivery.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.ItemResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StoredItemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anItemStoredBeforeItemsHadReasonsIsReadWithoutOne() {
        StoredItem old = JSON.readValue("{\"q\":\"q-1\",\"v\":2,\"d\":3,\"t\":\"3.2\","
                + "\"ty\":\"MULTIPLE_CHOICE\",\"s\":true,\"o\":[\"b\",\"a\"],\"f\":false}", StoredItem.class);

        assertThat(old.q()).isEqualTo("q-1");
        assertThat(old.rs()).isNull();
    }

    @Test
    void anAnswerStoredAsTheWireResponseReadsAsTheSameResponse() {
        StoredItem old = JSON.readValue("{\"q\":\"q-1\",\"v\":2,\"d\":3,\"t\":\"3.2\",\"ty\":\"MATCHING\","
                + "\"s\":true,\"o\":[\"p1\",\"p2\"],\"a\":{\"optionIds\":null,\"order\":null,"
                + "\"pairs\":{\"p1\":\"r2\",\"p2\":\"r1\"}},\"f\":false}", StoredItem.class);

        assertThat(old.a().toResponse()).isEqualTo(ItemResponse.matching(Map.of("p1", "r2", "p2", "r1")));
    }

    @Test
    void aStoredResponseIsWrittenAsTheWireResponseWas() {
        ItemResponse response = new ItemResponse(List.of("a", "c"), List.of("s2", "s1"), Map.of("p1", "r1"));

        assertThat(JSON.writeValueAsString(StoredResponse.of(response))).isEqualTo(JSON.writeValueAsString(response));
    }
}
