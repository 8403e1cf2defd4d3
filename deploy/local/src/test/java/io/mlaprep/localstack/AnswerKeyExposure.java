package io.mlaprep.localstack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.mlaprep.localstack.NetworkRecorder.Exchange;
import tools.jackson.databind.JsonNode;

/**
 * Which recorded responses handed the page part of an answer key before it was due. Due means: the
 * session finished, or (outside exams) the item was answered, whose answer response carries its
 * feedback and whose review lists only answered items.
 */
final class AnswerKeyExposure {

    static final List<String> KEY_FIELDS = List.of("correct", "correctResponse", "explanation", "optionExplanations");

    private static final Pattern SESSION_PATH = Pattern.compile("^/api/sessions/([^/]+)(/.*)?$");
    private static final Pattern ANSWER_PATH = Pattern.compile("^/items/\\d+/response$");

    private AnswerKeyExposure() {
    }

    static List<String> violations(List<Exchange> exchanges) {
        Map<String, String> modes = new HashMap<>();
        Map<String, Boolean> finished = new HashMap<>();
        List<String> violations = new ArrayList<>();
        for (Exchange exchange : exchanges) {
            JsonNode body = exchange.status() / 100 == 2 ? exchange.json() : null;
            if (body == null) {
                continue;
            }
            if (exchange.path().equals("/api/sessions") && exchange.method().equals("POST")) {
                modes.put(body.path("id").asString(""), body.path("mode").asString(""));
                check(exchange, body, violations);
                continue;
            }
            Matcher session = SESSION_PATH.matcher(exchange.path());
            if (!session.matches()) {
                continue;
            }
            String id = session.group(1);
            String rest = session.group(2) == null ? "" : session.group(2);
            if (rest.isEmpty() && body.has("mode")) {
                modes.put(id, body.get("mode").asString());
            }
            boolean done = finished.getOrDefault(id, false)
                    || (rest.isEmpty() && !"IN_PROGRESS".equals(body.path("status").asString("IN_PROGRESS")));
            if (rest.equals("/finish")) {
                finished.put(id, true);
                continue;
            }
            finished.put(id, done);
            if (done) {
                continue;
            }
            boolean exam = "EXAM".equals(modes.get(id));
            if (!exam && ANSWER_PATH.matcher(rest).matches() && exchange.method().equals("PUT")) {
                continue;
            }
            if (!exam && rest.equals("/review") && allAnswered(body)) {
                continue;
            }
            check(exchange, body, violations);
        }
        return violations;
    }

    private static boolean allAnswered(JsonNode review) {
        for (JsonNode item : review.path("items")) {
            if (item.path("response").isNull() || item.path("response").isMissingNode()) {
                return false;
            }
        }
        return true;
    }

    private static void check(Exchange exchange, JsonNode body, List<String> violations) {
        List<String> found = new ArrayList<>();
        collect(body, found);
        if (!found.isEmpty()) {
            violations.add(exchange.journey() + ": " + exchange.method() + " " + exchange.path() + " (" + exchange.status()
                    + ") carried " + found + " before it was due: " + abbreviate(exchange.body()));
        }
    }

    private static void collect(JsonNode node, List<String> found) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                if (KEY_FIELDS.contains(name)) {
                    found.add(name);
                }
                collect(node.get(name), found);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, found));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
