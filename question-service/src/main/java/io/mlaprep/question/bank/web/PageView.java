package io.mlaprep.question.bank.web;

import java.util.List;

public record PageView<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> PageView<T> of(List<T> items, int page, int size, long total) {
        return new PageView<>(items, page, size, total, (total + size - 1) / size);
    }
}
