package io.mlaprep.session.session.web;

import java.util.List;

public record PageView<T>(List<T> items, int page, int size, long totalItems, long totalPages) {
}
