package io.mlaprep.session.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlaprep.servicedefaults.web.DependencyUnavailableException;
import io.mlaprep.session.support.StubService;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.HttpClientErrorException;

class ResilientCallTest {

    private final StubService service = new StubService()
            .answer("/broken", 500, "{}")
            .answer("/missing", 404, "{}")
            .answer("/fine", 200, "{}");
    private final ResilientCall calls = service.calls()
            .create("stub", service.url(), Duration.ofMillis(300), Duration.ofMillis(150), 4);

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndLaterCallsFailWithoutBeingMade() {
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> get("/broken")).isInstanceOf(DependencyUnavailableException.class);
        }

        assertThatThrownBy(() -> get("/fine")).isInstanceOf(DependencyUnavailableException.class)
                .hasMessageContaining("circuit open");
        assertThat(service.received("/fine")).isEmpty();
    }

    @Test
    void aClientErrorIsPassedOnAndDoesNotOpenTheCircuit() {
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> get("/missing")).isInstanceOf(HttpClientErrorException.NotFound.class);
        }

        assertThat(get("/fine")).isEqualTo("{}");
    }

    @Test
    void aServiceThatIsNotThereIsUnavailable() {
        ResilientCall nowhere = service.calls().create("nowhere", "http://127.0.0.1:1", Duration.ofMillis(300),
                Duration.ofMillis(150), 4);

        assertThatThrownBy(() -> nowhere.call(http -> http.get().uri("/").retrieve().body(String.class)))
                .isInstanceOf(DependencyUnavailableException.class).hasMessageStartingWith("nowhere is unavailable");
    }

    private String get(String path) {
        return calls.call(http -> http.get().uri(path).retrieve().body(String.class));
    }
}
