package io.mlaprep.session.delivery.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StoredItemTest {

    @Test
    void anItemStoredBeforeItemsHadReasonsIsReadWithoutOne() {
        StoredItem old = JsonMapper.builder().build().readValue("{\"q\":\"q-1\",\"v\":2,\"d\":3,\"t\":\"3.2\","
                + "\"ty\":\"MULTIPLE_CHOICE\",\"s\":true,\"o\":[\"b\",\"a\"],\"f\":false}", StoredItem.class);

        assertThat(old.q()).isEqualTo("q-1");
        assertThat(old.rs()).isNull();
    }
}
