package io.mlaprep.contracts.internal.questions;

import java.util.List;

/** The items found, in no particular order; unknown references are left out. */
public record LookupResponse(List<CatalogItem> items) {
}
