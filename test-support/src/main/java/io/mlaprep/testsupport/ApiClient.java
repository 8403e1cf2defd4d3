package io.mlaprep.testsupport;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Calls a service under test as a user with the given roles; never throws on error statuses. */
public final class ApiClient {

    private final RestClient http;

    public ApiClient(int port, String user, String... roles) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + TestTokenIssuer.install()
                        .token(user, List.of(roles), Duration.ofMinutes(30)))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    public <T> ResponseEntity<T> get(String path, Class<T> type) {
        return http.get().uri(path).retrieve().toEntity(type);
    }

    public <T> ResponseEntity<T> post(String path, Object body, Class<T> type) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(type);
    }

    public <T> ResponseEntity<T> put(String path, Object body, Class<T> type) {
        return http.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(type);
    }

    public <T> ResponseEntity<T> delete(String path, Class<T> type) {
        return http.delete().uri(path).retrieve().toEntity(type);
    }
}
