package io.mlaprep.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Calls a service under test as a user with the given roles; never throws on error statuses. */
public final class ApiClient {

    private final RestClient http;

    public ApiClient(int port, String user, String... roles) {
        this(http(port, TestTokenIssuer.install().token(user, List.of(roles), Duration.ofMinutes(30))));
    }

    private ApiClient(RestClient http) {
        this.http = http;
    }

    /**
     * Calls with {@code bearer} sent as it is (a forged or flawed token, say), or with no
     * Authorization header when it is null. A factory, not a constructor: {@code (port, String)}
     * would otherwise win over {@code (port, user, roles...)} for a user given no roles.
     */
    public static ApiClient withBearer(int port, String bearer) {
        return new ApiClient(http(port, bearer));
    }

    private static RestClient http(int port, String bearer) {
        RestClient.Builder builder = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { });
        if (bearer != null) {
            builder.defaultHeader("Authorization", "Bearer " + bearer);
        }
        return builder.build();
    }

    public <T> ResponseEntity<T> get(String path, Class<T> type) {
        return http.get().uri(path).retrieve().toEntity(type);
    }

    public <T> ResponseEntity<T> post(String path, Object body, Class<T> type) {
        return post(path, body, Map.of(), type);
    }

    /** A POST with more request headers, e.g. {@code Prefer: respond-async}. */
    public <T> ResponseEntity<T> post(String path, Object body, Map<String, String> headers, Class<T> type) {
        return http.post().uri(path).headers(sent -> headers.forEach(sent::set))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(type);
    }

    public <T> ResponseEntity<T> put(String path, Object body, Class<T> type) {
        return http.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(type);
    }

    public <T> ResponseEntity<T> delete(String path, Class<T> type) {
        return http.delete().uri(path).retrieve().toEntity(type);
    }
}
