package io.mlaprep.testsupport;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks for contract tests: the client read every field the server sent, with the value it sent. */
public final class WireContract {

    private WireContract() {
    }

    /**
     * Fails unless {@code parsed}, written back as JSON, has every field of {@code sent} with an equal value. A
     * null the client read as an empty list is the same to both sides.
     */
    public static void assertReadsEverything(String sent, Object parsed, JsonMapper json) {
        assertReadsEverything(json.readTree(sent), parsed, json);
    }

    public static void assertReadsEverything(JsonNode sent, Object parsed, JsonMapper json) {
        List<String> problems = new ArrayList<>();
        compare("$", sent, json.valueToTree(parsed), problems);
        if (!problems.isEmpty()) {
            throw new AssertionError("the client did not read what the server sent:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /**
     * Fails unless the objects, taken together, give every component of {@code record} a value (not null): a
     * contract test whose server never fills a field cannot show that the client reads it.
     */
    public static void assertFillsEveryComponent(Collection<JsonNode> objects, Class<? extends Record> record) {
        Set<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> filled = new TreeSet<>();
        for (JsonNode object : objects) {
            object.properties().forEach(field -> {
                if (!field.getValue().isNull()) {
                    filled.add(field.getKey());
                }
            });
        }
        Set<String> missing = new TreeSet<>(components);
        missing.removeAll(filled);
        if (!missing.isEmpty()) {
            throw new AssertionError("no " + record.getSimpleName() + " sent had a value for " + missing);
        }
        Set<String> unknown = new TreeSet<>(filled);
        unknown.removeAll(components);
        if (!unknown.isEmpty()) {
            throw new AssertionError("the server sent fields " + record.getSimpleName() + " does not have: "
                    + unknown);
        }
    }

    private static void compare(String path, JsonNode sent, JsonNode read, List<String> problems) {
        if (sent.isNull()) {
            if (read != null && !read.isNull() && !(read.isContainer() && read.isEmpty())) {
                problems.add(path + ": sent null, read " + read);
            }
        } else if (read == null || read.isMissingNode()) {
            problems.add(path + ": not read");
        } else if (sent.isObject()) {
            if (!read.isObject()) {
                problems.add(path + ": sent an object, read " + read);
                return;
            }
            sent.properties().forEach(field -> compare(path + "." + field.getKey(), field.getValue(),
                    read.get(field.getKey()), problems));
        } else if (sent.isArray()) {
            if (!read.isArray() || read.size() != sent.size()) {
                problems.add(path + ": sent " + sent.size() + " elements, read " + read);
                return;
            }
            for (int i = 0; i < sent.size(); i++) {
                compare(path + "[" + i + "]", sent.get(i), read.get(i), problems);
            }
        } else if (sent.isNumber()) {
            if (!read.isNumber() || sent.decimalValue().compareTo(read.decimalValue()) != 0) {
                problems.add(path + ": sent " + sent + ", read " + read);
            }
        } else if (!sent.equals(read)) {
            problems.add(path + ": sent " + sent + ", read " + read);
        }
    }
}
