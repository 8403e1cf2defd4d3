package io.mlaprep.question.bank.persistence;

import io.mlaprep.contracts.QuestionType;
import io.mlaprep.question.bank.domain.AnswerKey;
import io.mlaprep.question.bank.domain.Choice;
import io.mlaprep.question.bank.domain.Option;
import io.mlaprep.question.bank.domain.QuestionContent;
import io.mlaprep.question.bank.domain.QuestionStatus;
import io.mlaprep.question.bank.domain.QuestionVersion;
import java.time.Instant;

/** Maps between the stored documents and the domain records. */
final class Documents {

    private Documents() {
    }

    static ContentDocument toDocument(QuestionContent content, int version, Instant savedAt) {
        AnswerKey key = content.correct();
        return new ContentDocument(version, content.domain(), content.taskStatement(), content.type().name(),
                content.stem(),
                content.options().stream().map(o -> new OptionDocument(o.id(), o.text(), o.explanation())).toList(),
                content.responses().stream().map(r -> new ChoiceDocument(r.id(), r.text())).toList(),
                new KeyDocument(key.optionIds(), key.order(), key.pairs()),
                content.explanation(), content.references(), content.difficulty(), savedAt);
    }

    static QuestionVersion toVersion(String id, String status, ContentDocument content) {
        return new QuestionVersion(id, content.version(), QuestionStatus.valueOf(status), toContent(content),
                content.savedAt());
    }

    static QuestionContent toContent(ContentDocument content) {
        KeyDocument key = content.correct();
        return new QuestionContent(content.domain(), content.taskStatement(), QuestionType.valueOf(content.type()),
                content.stem(),
                content.options().stream().map(o -> new Option(o.id(), o.text(), o.explanation())).toList(),
                content.responses() == null ? null
                        : content.responses().stream().map(r -> new Choice(r.id(), r.text())).toList(),
                new AnswerKey(key.optionIds(), key.order(), key.pairs()),
                content.explanation(), content.references(), content.difficulty());
    }
}
