package io.mlaprep.question;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.question.bank.application.QuestionPayload;
import io.mlaprep.question.bank.domain.QuestionContent;
import io.mlaprep.question.bank.domain.QuestionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Many valid, distinct questions for import and benchmarks: every type, spread over all task statements. */
public final class GeneratedQuestions {

    private static final List<Supplier<QuestionContent>> TYPES = List.of(Questions::multipleChoice,
            Questions::multipleResponse, Questions::ordering, Questions::matching);

    private GeneratedQuestions() {
    }

    public static List<QuestionPayload> of(String prefix, int count) {
        List<ExamGuide.TaskStatement> tasks = ExamGuide.allTaskStatements();
        List<QuestionPayload> questions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            QuestionContent template = TYPES.get(i % TYPES.size()).get();
            ExamGuide.TaskStatement task = tasks.get(i % tasks.size());
            questions.add(payload(prefix + "-" + i, 1, QuestionStatus.ACTIVE, new QuestionContent(
                    ExamGuide.domainOf(task.id()), task.id(), template.type(),
                    template.stem() + " Variant " + i + " about " + task.name() + ".", template.options(),
                    template.responses(), template.correct(), template.explanation(), template.references(),
                    template.difficulty())));
        }
        return questions;
    }

    public static QuestionPayload payload(String id, Integer version, QuestionStatus status, QuestionContent c) {
        return new QuestionPayload(id, version, status, c.domain(), c.taskStatement(), c.type(), c.stem(),
                c.options(), c.responses().isEmpty() ? null : c.responses(), c.correct(), c.explanation(),
                c.references(), c.difficulty());
    }
}
