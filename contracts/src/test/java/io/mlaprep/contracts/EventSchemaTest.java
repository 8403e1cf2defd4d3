package io.mlaprep.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Each event record and its published JSON Schema must describe the same thing. */
class EventSchemaTest {

    private static final JsonMapper WIRE = JsonMapper.builder().build();
    private static final ObjectMapper SCHEMA_READER = new ObjectMapper();

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("answer-submitted.v1", SampleEvents.answerSubmitted()),
                Arguments.of("session-completed.v1", SampleEvents.sessionCompleted()),
                Arguments.of("question-changed.v1", SampleEvents.questionChanged()),
                Arguments.of("learner-model-changed.v1", SampleEvents.learnerModelChanged()),
                Arguments.of("learner-model-changed.v1", SampleEvents.learnerModelChangedPlain()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void serialisedEventValidatesAgainstItsSchema(String name, Event event) throws IOException {
        JsonNode json = SCHEMA_READER.readTree(WIRE.writeValueAsString(event));

        assertThat(schema(name).validate(json)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void schemaDeclaresExactlyTheRecordComponents(String name, Event event) throws IOException {
        Set<String> declared = new HashSet<>();
        schemaNode(name).get("properties").fieldNames().forEachRemaining(declared::add);

        Set<String> components = new HashSet<>();
        Arrays.stream(event.getClass().getRecordComponents()).forEach(c -> components.add(c.getName()));

        assertThat(declared).isEqualTo(components);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void schemaRejectsAnEventWithoutItsId(String name, Event event) throws IOException {
        JsonNode json = SCHEMA_READER.readTree(WIRE.writeValueAsString(event));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("eventId");

        assertThat(schema(name).validate(json)).isNotEmpty();
    }

    private static JsonSchema schema(String name) throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode(name), config);
    }

    private static JsonNode schemaNode(String name) throws IOException {
        try (InputStream in = EventSchemaTest.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            return SCHEMA_READER.readTree(in);
        }
    }
}
