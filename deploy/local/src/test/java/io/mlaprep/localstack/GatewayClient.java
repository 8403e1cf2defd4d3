package io.mlaprep.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A learner's client of the public API, as the web client would call it. */
final class GatewayClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String token;
    private String userId;

    GatewayClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A client of the same user against another base URL (a service's own port, bypassing the gateway). */
    GatewayClient at(String otherBaseUrl) {
        GatewayClient client = new GatewayClient(otherBaseUrl);
        client.token = token;
        return client;
    }

    String userId() {
        return userId;
    }

    GatewayClient withToken(String bearer) {
        this.token = bearer;
        return this;
    }

    /** The same user sending {@code name: value} with every request from now on (e.g. a W3C traceparent). */
    GatewayClient withHeader(String name, String value) {
        GatewayClient client = at(baseUrl);
        client.userId = userId;
        client.headers.putAll(headers);
        client.headers.put(name, value);
        return client;
    }

    record Reply(int status, JsonNode body) {
    }

    void signIn(String email, String password) {
        Reply reply = post("/api/auth/token", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        if (reply.status() != 200) {
            throw new IllegalStateException("sign-in failed: " + reply);
        }
        token = reply.body().get("accessToken").asString();
        userId = reply.body().get("userId").asString();
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE());
    }

    private Reply send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? null : JSON.readTree(response.body());
            return new Reply(response.statusCode(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
