package io.mlaprep.question.bank.persistence;

import java.time.Instant;
import java.util.List;

/** One version of a question as stored: the current one at {@code current}, older ones in {@code history}. */
record ContentDocument(
        int version,
        int domain,
        String taskStatement,
        String type,
        String stem,
        List<OptionDocument> options,
        List<ChoiceDocument> responses,
        KeyDocument correct,
        String explanation,
        List<String> references,
        Double difficulty,
        Instant savedAt) {
}
