package io.mlaprep.question.blueprint.web;

import io.mlaprep.contracts.ExamGuide;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The exam blueprint: format, domains, weights and task statements. Any signed-in user. */
@RestController
public class BlueprintController {

    private static final BlueprintView BLUEPRINT = new BlueprintView(
            new ExamView(ExamGuide.EXAM_CODE, ExamGuide.QUESTION_COUNT, ExamGuide.SCORED_COUNT,
                    ExamGuide.UNSCORED_COUNT, ExamGuide.DURATION_MINUTES, ExamGuide.PASSING_SCORE,
                    ExamGuide.MIN_SCORE, ExamGuide.MAX_SCORE),
            ExamGuide.DOMAINS.stream().map(d -> new DomainView(d.id(), d.name(), d.weight(),
                    d.taskStatements().stream().map(t -> new TaskView(t.id(), t.name())).toList())).toList());

    @GetMapping("/api/blueprint")
    public BlueprintView blueprint() {
        return BLUEPRINT;
    }

    public record BlueprintView(ExamView exam, List<DomainView> domains) {
    }

    public record ExamView(String code, int questionCount, int scoredCount, int unscoredCount, int durationMinutes,
                           int passingScore, int minScore, int maxScore) {
    }

    public record DomainView(int id, String name, double weight, List<TaskView> taskStatements) {
    }

    public record TaskView(String id, String name) {
    }
}
