package io.mlaprep.question;

import io.mlaprep.contracts.QuestionType;
import io.mlaprep.question.bank.domain.AnswerKey;
import io.mlaprep.question.bank.domain.Choice;
import io.mlaprep.question.bank.domain.Option;
import io.mlaprep.question.bank.domain.QuestionContent;
import java.util.List;
import java.util.Map;

/** Valid questions of every type, to be broken one rule at a time by tests. */
public final class Questions {

    private static final List<String> REFERENCES = List.of("https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html");

    private Questions() {
    }

    public static QuestionContent multipleChoice() {
        return new QuestionContent(2, "2.3", QuestionType.MULTIPLE_CHOICE,
                "A team compares two binary classifiers on imbalanced data. Which metric should it favour?",
                List.of(option("a", "Accuracy"), option("b", "PR AUC"), option("c", "Log loss only"),
                        option("d", "Training time")),
                null, new AnswerKey(List.of("b"), null, null), "PR AUC reflects performance on the rare class.",
                REFERENCES, 0.0);
    }

    public static QuestionContent multipleResponse() {
        return new QuestionContent(4, "4.3", QuestionType.MULTIPLE_RESPONSE,
                "Which controls keep training traffic inside the VPC? (Choose TWO.)",
                List.of(option("a", "S3 gateway endpoint"), option("b", "Network isolation"), option("c", "Public subnet"),
                        option("d", "Internet gateway"), option("e", "Elastic IP")),
                null, new AnswerKey(List.of("a", "b"), null, null), "Endpoints and isolation keep traffic private.",
                REFERENCES, 1.0);
    }

    public static QuestionContent ordering() {
        return new QuestionContent(3, "3.3", QuestionType.ORDERING, "Arrange the pipeline steps in order.",
                List.of(option("a", "Register model"), option("b", "Process data"), option("c", "Train"),
                        option("d", "Evaluate")),
                null, new AnswerKey(null, List.of("b", "c", "d", "a"), null), "Data, training, evaluation, then registry.",
                REFERENCES, null);
    }

    public static QuestionContent matching() {
        return new QuestionContent(1, "1.1", QuestionType.MATCHING, "Match each format with its best use.",
                List.of(option("a", "Parquet"), option("b", "RecordIO-protobuf"), option("c", "CSV")),
                List.of(new Choice("r1", "Columnar analytics"), new Choice("r2", "Pipe-mode training"),
                        new Choice("r3", "Human-readable exchange")),
                new AnswerKey(null, null, Map.of("a", "r1", "b", "r2", "c", "r3")), "Each format suits one access pattern.",
                REFERENCES, -1.0);
    }

    public static Option option(String id, String text) {
        return new Option(id, text, "Why " + text + " fits or not.");
    }
}
