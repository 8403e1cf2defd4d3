package io.mlaprep.servicedefaults.inbound;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.mlaprep.contracts.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published JSON Schema of each topic ({@code schemas/<name>.schema.json} in contracts, where the topic is
 * {@code mla.<name>}), with format assertions on: an event id must be a UUID, a time an RFC 3339 date-time.
 */
public final class EventSchemas {

    private static final String TOPIC_PREFIX = "mla.";

    private final ObjectMapper reader = new ObjectMapper();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();
    private final Map<String, JsonSchema> byTopic = new ConcurrentHashMap<>();

    /** What is wrong with {@code json} as an event of {@code topic}; empty when it keeps the contract. */
    public List<String> violations(String topic, String json) {
        JsonNode event;
        try {
            event = reader.readTree(json);
        } catch (JacksonException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        if (event == null) {
            return List.of("no value");
        }
        Set<ValidationMessage> messages = schema(topic).validate(event);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private JsonSchema schema(String topic) {
        return byTopic.computeIfAbsent(topic, this::load);
    }

    private JsonSchema load(String topic) {
        if (!topic.startsWith(TOPIC_PREFIX) || topic.endsWith(Topics.deadLetter(""))) {
            throw new IllegalArgumentException("no event schema for topic " + topic);
        }
        String resource = "/schemas/" + topic.substring(TOPIC_PREFIX.length()) + ".schema.json";
        try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no event schema for topic " + topic + " (" + resource + ")");
            }
            return factory.getSchema(reader.readTree(in), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
