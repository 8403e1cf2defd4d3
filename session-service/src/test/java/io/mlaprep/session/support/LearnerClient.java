package io.mlaprep.session.support;

import io.mlaprep.testsupport.TestTokenIssuer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** A learner calling session-service's public API; never throws on error statuses. */
public final class LearnerClient {

    private final RestClient http;
    private final String id;

    public LearnerClient(int port, String learnerId) {
        this.id = learnerId;
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + TestTokenIssuer.install()
                        .token(learnerId, List.of("LEARNER"), Duration.ofMinutes(30)))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    public String id() {
        return id;
    }

    public ResponseEntity<Map> start(Map<String, Object> request) {
        return http.post().uri("/api/sessions").contentType(MediaType.APPLICATION_JSON).body(request)
                .retrieve().toEntity(Map.class);
    }

    public String startId(Map<String, Object> request) {
        ResponseEntity<Map> started = start(request);
        if (started.getStatusCode().value() != 201) {
            throw new IllegalStateException("start failed: " + started);
        }
        return (String) started.getBody().get("id");
    }

    public ResponseEntity<Map> session(String sessionId) {
        return get("/api/sessions/" + sessionId);
    }

    public ResponseEntity<Map> item(String sessionId, int n) {
        return get("/api/sessions/" + sessionId + "/items/" + n);
    }

    public ResponseEntity<Map> respond(String sessionId, int n, Map<String, Object> body) {
        return http.put().uri("/api/sessions/{id}/items/{n}/response", sessionId, n)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    public ResponseEntity<String> respondRaw(String sessionId, int n, Map<String, Object> body) {
        return http.put().uri("/api/sessions/{id}/items/{n}/response", sessionId, n)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    public ResponseEntity<Map> finish(String sessionId) {
        return http.post().uri("/api/sessions/{id}/finish", sessionId).retrieve().toEntity(Map.class);
    }

    public ResponseEntity<Map> review(String sessionId) {
        return get("/api/sessions/" + sessionId + "/review");
    }

    public ResponseEntity<String> raw(String path) {
        return http.get().uri(path).retrieve().toEntity(String.class);
    }

    public ResponseEntity<Map> get(String path) {
        return http.get().uri(path).retrieve().toEntity(Map.class);
    }
}
