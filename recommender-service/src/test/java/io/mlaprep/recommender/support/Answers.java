package io.mlaprep.recommender.support;

import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.contracts.QuestionType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Answer and catalogue events as session-service and question-service write them. */
public final class Answers {

    private Answers() {
    }

    public static AnswerSubmitted answer(String learner, String questionId, String task, boolean correct,
                                         String confidence, Instant at) {
        return new AnswerSubmitted(UUID.randomUUID(), 1, at, learner, "s-" + learner, "PRACTICE", 0, questionId, 1,
                ExamGuide.domainOf(task), task, QuestionType.MULTIPLE_CHOICE, ItemResponse.options(List.of("a")),
                correct, true, 15_000, confidence, 0.0);
    }

    /** An exam item left unanswered, as session-service announces it at the finish. */
    public static AnswerSubmitted omitted(String learner, String questionId, String task, Instant at) {
        return new AnswerSubmitted(UUID.randomUUID(), 1, at, learner, "exam-" + learner, "EXAM", 0, questionId, 1,
                ExamGuide.domainOf(task), task, QuestionType.MULTIPLE_CHOICE, new ItemResponse(null, null, null),
                false, true, 0, null, 0.0);
    }

    /** A learner's history: {@code count} answers over the catalogue, spread over days, right with probability p. */
    public static List<AnswerSubmitted> history(String learner, List<QuestionChanged> catalogue, int count, double p,
                                                Instant start, Random random) {
        List<AnswerSubmitted> answers = new ArrayList<>(count);
        String[] confidences = {null, "LOW", "MEDIUM", "HIGH"};
        for (int i = 0; i < count; i++) {
            QuestionChanged question = catalogue.get(random.nextInt(catalogue.size()));
            answers.add(answer(learner, question.questionId(), question.taskStatement(), random.nextDouble() < p,
                    confidences[random.nextInt(4)], start.plusSeconds(i * 3_600L + random.nextInt(600))));
        }
        return answers;
    }

    /** {@code perTask} active questions in every task statement. */
    public static List<QuestionChanged> catalogue(String prefix, int perTask) {
        List<QuestionChanged> questions = new ArrayList<>();
        for (ExamGuide.TaskStatement task : ExamGuide.allTaskStatements()) {
            for (int i = 0; i < perTask; i++) {
                questions.add(new QuestionChanged(UUID.randomUUID(), 1, Instant.now(),
                        prefix + "-" + task.id().replace('.', '-') + "-" + i, 1, QuestionChanged.Status.ACTIVE,
                        ExamGuide.domainOf(task.id()), task.id(), QuestionType.MULTIPLE_CHOICE, (i % 5 - 2) * 0.5));
            }
        }
        return questions;
    }
}
