package io.mlaprep.analytics.items.web;

import io.mlaprep.analytics.items.application.ItemStatisticsReport;
import io.mlaprep.analytics.items.application.ItemStatisticsService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ItemStatisticsController {

    private final ItemStatisticsService items;

    public ItemStatisticsController(ItemStatisticsService items) {
        this.items = items;
    }

    @GetMapping("/api/analytics/items/{questionId}")
    @PreAuthorize("hasAnyRole('AUTHOR','ADMIN','INSTRUCTOR')")
    public ItemStatisticsReport item(@PathVariable String questionId) {
        return items.statistics(questionId);
    }
}
