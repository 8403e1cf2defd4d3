package io.mlaprep.question.events.persistence;

import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.Topics;
import io.mlaprep.question.bank.persistence.PendingEvent;
import io.mlaprep.question.bank.persistence.QuestionStore;
import io.mlaprep.servicedefaults.outbox.OutboxEntry;
import io.mlaprep.servicedefaults.outbox.OutboxStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The question-changed events waiting in the question documents' own {@code outbox} arrays, as outbox entries
 * keyed by question id: one question's events come out in version order, the order they were appended.
 */
public class QuestionOutboxStore implements OutboxStore {

    private final QuestionStore questions;
    private final JsonMapper json;

    public QuestionOutboxStore(QuestionStore questions, JsonMapper json) {
        this.questions = questions;
        this.json = json;
    }

    @Override
    public List<OutboxEntry> pending(int limit) {
        List<OutboxEntry> entries = new ArrayList<>();
        for (QuestionStore.QuestionEvents pending : questions.pendingEvents(limit)) {
            for (PendingEvent event : pending.events()) {
                if (entries.size() == limit) {
                    return entries;
                }
                entries.add(new OutboxEntry(event.eventId(), Topics.QUESTION_CHANGED, pending.questionId(),
                        json.writeValueAsString(toEvent(pending.questionId(), event)), null, event.traceparent()));
            }
        }
        return entries;
    }

    @Override
    public void delete(List<OutboxEntry> sent) {
        Map<String, List<String>> byQuestion = sent.stream().collect(Collectors.groupingBy(OutboxEntry::key,
                Collectors.mapping(OutboxEntry::id, Collectors.toList())));
        byQuestion.forEach(questions::removePendingEvents);
    }

    @Override
    public long depth() {
        return questions.pendingEvents(Integer.MAX_VALUE).stream().mapToLong(pending -> pending.events().size()).sum();
    }

    /** Read at scrape time; the outbox arrays are empty but for the moments before the relay's next pass. */
    @Override
    public Optional<Instant> oldest() {
        return questions.pendingEvents(Integer.MAX_VALUE).stream().flatMap(pending -> pending.events().stream())
                .map(PendingEvent::occurredAt).min(Comparator.naturalOrder());
    }

    private static QuestionChanged toEvent(String questionId, PendingEvent event) {
        return new QuestionChanged(UUID.fromString(event.eventId()), QuestionChanged.SCHEMA_VERSION,
                event.occurredAt(), questionId, event.version(), QuestionChanged.Status.valueOf(event.status()),
                event.domain(), event.taskStatement(), QuestionType.valueOf(event.type()), event.difficulty());
    }
}
