package io.mlaprep.contracts.internal.questions;

import java.util.Collection;
import java.util.List;

/** Items by id and version; a null version means the current one. */
public record LookupRequest(List<Ref> refs) {

    public record Ref(String id, Integer version) {
    }

    /** The current versions of these questions. */
    public static LookupRequest current(Collection<String> questionIds) {
        return new LookupRequest(questionIds.stream().map(id -> new Ref(id, null)).toList());
    }
}
