package io.mlaprep.question.quality.web;

import io.mlaprep.question.quality.application.BankQuality;
import io.mlaprep.question.quality.domain.QualityReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class QualityController {

    private final BankQuality quality;

    public QualityController(BankQuality quality) {
        this.quality = quality;
    }

    /** The bank lint over the active questions: cue statistics, near-duplicates, coverage and breaches. */
    @GetMapping("/api/questions/quality")
    @PreAuthorize("hasAnyRole('AUTHOR','ADMIN')")
    public QualityReport quality() {
        return quality.report();
    }
}
