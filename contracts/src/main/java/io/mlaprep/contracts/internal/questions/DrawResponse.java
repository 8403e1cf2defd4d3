package io.mlaprep.contracts.internal.questions;

import java.util.List;

/** The drawn items; each names the index of the slot it was drawn for. */
public record DrawResponse(List<DrawnItem> items) {

    public record DrawnItem(int slot, CatalogItem question) {
    }
}
