package io.mlaprep.bench;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A well-formed response to any item as the learner sees it: the first option(s), in the order shown. */
final class ResponseBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResponseBodies() {
    }

    static String anyResponse(String itemJson) {
        JsonNode item = JSON.readTree(itemJson);
        List<String> options = new ArrayList<>();
        item.get("options").forEach(option -> options.add(option.get("id").asString()));
        ObjectNode response = JSON.createObjectNode();
        switch (item.get("type").asString()) {
            case "MULTIPLE_CHOICE" -> response.putArray("optionIds").add(options.getFirst());
            case "MULTIPLE_RESPONSE" -> {
                int choose = item.hasNonNull("choose") ? item.get("choose").asInt() : 2;
                options.subList(0, choose).forEach(response.putArray("optionIds")::add);
            }
            case "ORDERING" -> options.forEach(response.putArray("order")::add);
            case "MATCHING" -> {
                ObjectNode pairs = response.putObject("pairs");
                for (int i = 0; i < options.size(); i++) {
                    pairs.put(options.get(i), item.get("responses").get(i).get("id").asString());
                }
            }
            default -> throw new IllegalArgumentException("unknown item type in " + itemJson);
        }
        return response.toString();
    }
}
