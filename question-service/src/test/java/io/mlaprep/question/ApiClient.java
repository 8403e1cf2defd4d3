package io.mlaprep.question;

import io.mlaprep.testsupport.TestTokenIssuer;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Calls the service under test as a user with the given roles; never throws on error statuses. */
final class ApiClient {

    private final RestClient http;

    ApiClient(int port, TestTokenIssuer tokens, String user, String... roles) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + tokens.token(user, List.of(roles), Duration.ofMinutes(10)))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    <T> ResponseEntity<T> get(String path, Class<T> type) {
        return http.get().uri(path).retrieve().toEntity(type);
    }

    <T> ResponseEntity<T> post(String path, Object body, Class<T> type) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(type);
    }

    <T> ResponseEntity<T> put(String path, Object body, Class<T> type) {
        return http.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(type);
    }

    <T> ResponseEntity<T> delete(String path, Class<T> type) {
        return http.delete().uri(path).retrieve().toEntity(type);
    }
}
