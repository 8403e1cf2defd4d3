package io.mlaprep.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StackConfigTest {

    @Test
    void eachVariableMovesItsOwnPort() {
        StackConfig.Ports moved = StackConfig.Ports.defaults(Map.of("GATEWAY_MANAGEMENT_PORT", "9190",
                "MONGODB_PORT", "27018"));

        assertThat(moved).isEqualTo(new StackConfig.Ports(8080, 9190, 8081, 8082, 8083, 8084, 9092, 6380, 27018));
    }

    @Test
    void everyPortIsNamedByTheVariableThatMovesIt() {
        StackConfig.Ports ports = new StackConfig.Ports(1, 2, 3, 4, 5, 6, 7, 8, 9);

        assertThat(ports.byVariable()).containsExactly(Map.entry("GATEWAY_PORT", 1),
                Map.entry("GATEWAY_MANAGEMENT_PORT", 2), Map.entry("QUESTION_SERVICE_PORT", 3),
                Map.entry("SESSION_SERVICE_PORT", 4), Map.entry("ANALYTICS_SERVICE_PORT", 5),
                Map.entry("RECOMMENDER_SERVICE_PORT", 6), Map.entry("KAFKA_PORT", 7), Map.entry("REDIS_PORT", 8),
                Map.entry("MONGODB_PORT", 9));
        assertThat(StackConfig.Ports.defaults(Map.of())).isEqualTo(StackConfig.Ports.STANDARD);
    }

    @Test
    void freePortsAreAllDifferent() {
        assertThat(StackConfig.Ports.free().byVariable().values()).doesNotHaveDuplicates().hasSize(9);
    }
}
