package io.mlaprep.localstack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every API response the page received, with its body, read from the browser's side through the
 * Chrome DevTools Protocol: chromedriver's performance log carries the Network events, and
 * Network.getResponseBody returns what the page got. Nothing here reads the client's code, so a
 * client that fetched an answer key it does not display is caught all the same.
 */
final class NetworkRecorder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request and its answer; seq orders them as the browser finished them. */
    record Exchange(int seq, String journey, String method, String path, int status, String body) {

        JsonNode json() {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        }
    }

    private record Pending(String method, String path, int status) {
    }

    private final ChromeDriver driver;
    private final Map<String, String> methods = new HashMap<>();
    private final Map<String, Pending> pending = new HashMap<>();
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private String journey = "none";

    NetworkRecorder(ChromeDriver driver) {
        this.driver = driver;
    }

    void start() {
        // larger buffers than the default, so no body is evicted before it is read
        driver.executeCdpCommand("Network.enable", Map.of("maxTotalBufferSize", 200_000_000, "maxResourceBufferSize", 20_000_000));
    }

    /** Names the journey the next exchanges belong to. */
    void journey(String name) {
        drain();
        journey = name;
    }

    List<Exchange> exchanges(String journeyName) {
        drain();
        return exchanges.stream().filter(e -> e.journey().equals(journeyName)).toList();
    }

    /** Responses whose body could not be read (e.g. evicted): a recording with holes proves nothing. */
    List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    /** Reads the Network events logged since the last call and fetches the bodies of finished API responses. */
    synchronized void drain() {
        for (LogEntry entry : driver.manage().logs().get("performance")) {
            JsonNode message = JSON.readTree(entry.getMessage()).get("message");
            String method = message.get("method").asString();
            JsonNode params = message.get("params");
            switch (method) {
                case "Network.requestWillBeSent" ->
                        methods.put(params.get("requestId").asString(), params.get("request").get("method").asString());
                case "Network.responseReceived" -> {
                    String path = pathOf(params.get("response").get("url").asString());
                    if (path != null && path.startsWith("/api/")) {
                        String id = params.get("requestId").asString();
                        pending.put(id, new Pending(methods.getOrDefault(id, "?"), path, params.get("response").get("status").asInt()));
                    }
                }
                case "Network.loadingFinished" -> record(params.get("requestId").asString());
                case "Network.loadingFailed" -> pending.remove(params.get("requestId").asString());
                default -> {
                }
            }
        }
    }

    private void record(String requestId) {
        Pending response = pending.remove(requestId);
        if (response == null) {
            return;
        }
        String body;
        try {
            Map<String, Object> result = driver.executeCdpCommand("Network.getResponseBody", Map.of("requestId", requestId));
            body = Boolean.TRUE.equals(result.get("base64Encoded"))
                    ? new String(java.util.Base64.getDecoder().decode((String) result.get("body")), java.nio.charset.StandardCharsets.UTF_8)
                    : (String) result.get("body");
        } catch (WebDriverException e) {
            unreadable.add(response.method() + " " + response.path() + ": " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        exchanges.add(new Exchange(exchanges.size(), journey, response.method(), response.path(), response.status(), body));
    }

    private static String pathOf(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            return uri.getScheme() != null && uri.getScheme().startsWith("http") ? uri.getRawPath() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
