package io.mlaprep.contracts.internal.questions;

import java.util.List;

/**
 * The drawn questions by id and version; each names the index of the slot it was drawn for. A version never
 * changes, so the caller reads its content with a {@link LookupRequest} once and keeps it.
 */
public record DrawResponse(List<DrawnItem> items) {

    public record DrawnItem(int slot, String id, int version) {
    }
}
