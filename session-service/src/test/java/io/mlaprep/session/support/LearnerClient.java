package io.mlaprep.session.support;

import io.mlaprep.testsupport.ApiClient;
import java.util.Map;
import org.springframework.http.ResponseEntity;

/** A learner calling session-service's public API; never throws on error statuses. */
public final class LearnerClient {

    private final ApiClient api;
    private final String id;

    public LearnerClient(int port, String learnerId) {
        this.api = new ApiClient(port, learnerId, "LEARNER");
        this.id = learnerId;
    }

    public String id() {
        return id;
    }

    public ResponseEntity<Map> start(Map<String, Object> request) {
        return api.post("/api/sessions", request, Map.class);
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
        return api.put(responsePath(sessionId, n), body, Map.class);
    }

    public ResponseEntity<String> respondRaw(String sessionId, int n, Map<String, Object> body) {
        return api.put(responsePath(sessionId, n), body, String.class);
    }

    public ResponseEntity<Map> finish(String sessionId) {
        return api.post("/api/sessions/" + sessionId + "/finish", Map.of(), Map.class);
    }

    public ResponseEntity<Map> review(String sessionId) {
        return get("/api/sessions/" + sessionId + "/review");
    }

    public ResponseEntity<String> raw(String path) {
        return api.get(path, String.class);
    }

    public ResponseEntity<Map> get(String path) {
        return api.get(path, Map.class);
    }

    private static String responsePath(String sessionId, int n) {
        return "/api/sessions/" + sessionId + "/items/" + n + "/response";
    }
}
