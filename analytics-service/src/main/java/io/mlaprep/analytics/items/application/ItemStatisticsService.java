package io.mlaprep.analytics.items.application;

import io.mlaprep.analytics.items.client.QuestionKeys;
import io.mlaprep.analytics.items.domain.Attempt;
import io.mlaprep.analytics.items.domain.ItemStatistics;
import io.mlaprep.analytics.items.persistence.ExamAttemptStore;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Item statistics on demand from the stored exam attempts, with the key and options from question-service. */
@Service
public class ItemStatisticsService {

    private final ExamAttemptStore attempts;
    private final QuestionKeys keys;

    public ItemStatisticsService(ExamAttemptStore attempts, QuestionKeys keys) {
        this.attempts = attempts;
        this.keys = keys;
    }

    public ItemStatisticsReport statistics(String questionId) {
        QuestionKeys.KeyedOptions question = keys.of(questionId);
        List<Attempt> all = attempts.attempts(questionId).stream()
                .map(attempt -> new Attempt(attempt.restScore(), attempt.itemScore(),
                        retain(attempt.selectedOptionIds(), question.optionIds())))
                .toList();
        ItemStatistics statistics = ItemStatistics.ofEncounters(all, question.key(), question.optionIds());
        List<ItemStatisticsReport.OptionRate> rates = statistics.selectionRates()
                .map(r -> question.optionIds().stream()
                        .map(id -> new ItemStatisticsReport.OptionRate(id, r.of(id), question.key().contains(id)))
                        .toList())
                .orElse(List.of());
        return new ItemStatisticsReport(questionId, statistics.attempts(),
                statistics.facility().isPresent() ? statistics.facility().getAsDouble() : null,
                statistics.discrimination().isPresent() ? statistics.discrimination().getAsDouble() : null,
                rates, statistics.omitted(),
                statistics.omittedRate().isPresent() ? statistics.omittedRate().getAsDouble() : null,
                statistics.flags().stream().map(Enum::name).sorted().toList());
    }

    /** Options of another version of the question may be in old attempts; only current options are rated. */
    private static Set<String> retain(Set<String> selected, List<String> optionIds) {
        return selected.stream().filter(optionIds::contains).collect(Collectors.toSet());
    }
}
