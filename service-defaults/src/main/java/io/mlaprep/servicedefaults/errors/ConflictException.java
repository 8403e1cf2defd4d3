package io.mlaprep.servicedefaults.errors;

import java.util.Map;

/** A 409: the request clashes with the current state. {@code properties} go into the problem body. */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> properties;

    public ConflictException(String detail) {
        this(detail, Map.of());
    }

    public ConflictException(String detail, Map<String, Object> properties) {
        super(detail);
        this.properties = Map.copyOf(properties);
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
