package io.mlaprep.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** What a caller sees while the token issuer's key set does not answer, in the gateway and in a service alike. */
public final class KeySetOutage {

    private KeySetOutage() {
    }

    private static String detail(String problem) {
        return JsonMapper.builder().build().readTree(problem).path("detail").asString();
    }

    /**
     * A client that waits {@code readTimeout} for an answer and never throws on error statuses: a server that holds
     * the request fails the test with a timeout instead of hanging it.
     */
    public static RestClient patientClient(int port, Duration readTimeout) {
        JdkClientHttpRequestFactory patient = new JdkClientHttpRequestFactory();
        patient.setReadTimeout(readTimeout);
        return RestClient.builder().requestFactory(patient).baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
    }

    /**
     * Two requests with a token whose keys must be fetched from {@code keySet}: each is refused with 503
     * problem+json with {@code detail} and a Retry-After of {@code retryAfter}, and each asked the key set anew (a
     * failed fetch is not remembered as an answer). The client waits 30 s, far beyond the servers' key-fetch
     * timeouts: without those the request is held and this fails.
     */
    public static void assertRefusedAsAnOutage(int port, String path, String token, SilentServer keySet,
                                               String detail, String retryAfter) {
        RestClient http = patientClient(port, Duration.ofSeconds(30));
        int asked = keySet.connectionsTaken();
        for (int attempt = 1; attempt <= 2; attempt++) {
            ResponseEntity<String> response = http.get().uri(path).header("Authorization", "Bearer " + token)
                    .retrieve().toEntity(String.class);
            assertEquals(503, response.getStatusCode().value(), "status, attempt " + attempt);
            assertEquals("application/problem+json", String.valueOf(response.getHeaders().getContentType()));
            assertEquals(detail, detail(response.getBody()));
            assertEquals(retryAfter, response.getHeaders().getFirst("Retry-After"));
            assertEquals(asked + attempt, keySet.connectionsTaken(), "key set connections after attempt " + attempt);
        }
    }
}
