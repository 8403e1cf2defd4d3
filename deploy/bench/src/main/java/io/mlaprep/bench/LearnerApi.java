package io.mlaprep.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few calls the harness makes outside the measured load, through the gateway: sign-up (and sign-in of the
 * learners only the blueprint phases use) before it, each learner's analytics total after it.
 */
final class LearnerApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gatewayUrl;

    LearnerApi(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    /** Waits out the gateway's sign-up rate limit (per client address) as a client would, by its Retry-After. */
    void signUp(String email, String password) {
        String body = JSON.createObjectNode().put("email", email).put("password", password)
                .put("displayName", email.substring(0, email.indexOf('@'))).toString();
        for (int attempt = 0; attempt < 60; attempt++) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/auth/signup"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            if (response.statusCode() == 201) {
                return;
            }
            if (response.statusCode() != 429) {
                throw new IllegalStateException("sign-up of " + email + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            pause(Duration.ofSeconds(Long.parseLong(response.headers().firstValue("Retry-After").orElse("1"))));
        }
        throw new IllegalStateException("sign-up of " + email + " stayed rate-limited");
    }

    /** The access token, waiting out the sign-in rate limit as {@link #signUp} does. */
    String signIn(String email, String password) {
        String body = JSON.createObjectNode().put("email", email).put("password", password).toString();
        for (int attempt = 0; attempt < 60; attempt++) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/auth/token"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            if (response.statusCode() == 200) {
                return JSON.readTree(response.body()).get("accessToken").asString();
            }
            if (response.statusCode() != 429) {
                throw new IllegalStateException("sign-in of " + email + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            pause(Duration.ofSeconds(Long.parseLong(response.headers().firstValue("Retry-After").orElse("1"))));
        }
        throw new IllegalStateException("sign-in of " + email + " stayed rate-limited");
    }

    /** {@code totalAnswered} of {@code GET /api/analytics/me}. */
    long totalAnswered(String token) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/analytics/me"))
                .header("Authorization", "Bearer " + token).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/analytics/me answered " + response.statusCode() + ": "
                    + response.body());
        }
        JsonNode view = JSON.readTree(response.body());
        return view.get("totalAnswered").asLong();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + gatewayUrl + ": is the stack running (./run.sh)?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
