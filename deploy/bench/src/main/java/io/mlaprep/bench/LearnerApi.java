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
 * The few calls the harnesses make outside the measured load, through the gateway: sign-up (and sign-in of the
 * learners only the blueprint phases use) before it, each learner's analytics total, stored responses and
 * recommender reviews after it.
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
            pause(retryAfter(response));
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
            pause(retryAfter(response));
        }
        throw new IllegalStateException("sign-in of " + email + " stayed rate-limited");
    }

    /** {@code totalAnswered} of {@code GET /api/analytics/me}. */
    long totalAnswered(String token) {
        JsonNode view = JSON.readTree(ok(get(token, "/api/analytics/me")).body());
        return view.get("totalAnswered").asLong();
    }

    /** Whether item {@code n} of the session holds a response (the session stored the answer). */
    boolean hasResponse(String token, String sessionId, int n) {
        JsonNode item = JSON.readTree(ok(get(token, "/api/sessions/" + sessionId + "/items/" + n)).body());
        return item.has("response") && !item.get("response").isNull();
    }

    /** Whether the session has finished (an exam's answers count from then on). */
    boolean isFinished(String token, String sessionId) {
        return JSON.readTree(ok(get(token, "/api/sessions/" + sessionId)).body()).get("status").asString()
                .equals("FINISHED");
    }

    /** The recommender's FSRS review count of the question for the learner (0 if it never heard of an answer). */
    long reviews(String token, String questionId) {
        HttpResponse<String> response = get(token, "/api/recommendations/memory/" + questionId);
        if (response.statusCode() == 404) {
            return 0;
        }
        return JSON.readTree(ok(response).body()).get("reps").asLong();
    }

    /** Waits out the gateway's per-learner rate limit by its Retry-After, as a client would. */
    private HttpResponse<String> get(String token, String path) {
        for (int attempt = 0; attempt < 60; attempt++) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                    .header("Authorization", "Bearer " + token).GET());
            if (response.statusCode() != 429) {
                return response;
            }
            pause(retryAfter(response));
        }
        throw new IllegalStateException("GET " + path + " stayed rate-limited");
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        return Duration.ofSeconds(Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + response.uri().getPath() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
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
