package io.mlaprep.servicedefaults.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.LearnerModelChanged;
import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.SessionCompleted;
import io.mlaprep.contracts.Topics;
import io.mlaprep.servicedefaults.kafka.PoisonRecordException;
import io.mlaprep.servicedefaults.tracing.MessageTracing;
import io.mlaprep.servicedefaults.tracing.RecordingTracer;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.kafka.listener.BatchListenerFailedException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class InboundEventsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00.250Z");

    private final InboundEvents gate = new InboundEvents(new EventSchemas(), JSON, new InMemoryClaims());
    private final List<Delivered<AnswerSubmitted>> handled = new ArrayList<>();

    @Test
    void aValidEventReachesTheHandlerWithWhereItWasDelivered() {
        AnswerSubmitted answer = answer("q-1", "2.3", 2, "HIGH", "REVIEW_DUE");

        gate.accept(record(Topics.ANSWER_SUBMITTED, 7, answer), AnswerSubmitted.class, handled::add);

        assertThat(handled).singleElement().satisfies(d -> {
            assertThat(d.event()).isEqualTo(answer);
            assertThat(d.delivery()).isEqualTo(new Delivery(Topics.ANSWER_SUBMITTED, 0, 7));
        });
    }

    @Test
    void aSecondCopyOfAnEventIsDroppedButARedeliveryOfTheSameRecordIsHandledAgain() {
        AnswerSubmitted answer = answer("q-1", "1.1", 1, null, "EXAM");

        gate.accept(record(Topics.ANSWER_SUBMITTED, 3, answer), AnswerSubmitted.class, handled::add);
        gate.accept(record(Topics.ANSWER_SUBMITTED, 3, answer), AnswerSubmitted.class, handled::add);
        gate.accept(record(Topics.ANSWER_SUBMITTED, 9, answer), AnswerSubmitted.class, handled::add);

        assertThat(handled).extracting(d -> d.delivery().offset()).containsExactly(3L, 3L);
    }

    @Test
    void eachEventHandledRecordsHowLongAfterItHappenedItWasHandledButACopyDoesNot() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        InboundEvents timed = new InboundEvents(new EventSchemas(), JSON, new InMemoryClaims(), MessageTracing.NONE,
                EventDelays.recordedIn(meters, Clock.fixed(AT.plusMillis(1_500), ZoneOffset.UTC)));
        AnswerSubmitted answer = answer("q-1", "1.1", 1, null, "PRACTICE");

        timed.accept(record(Topics.ANSWER_SUBMITTED, 3, answer), AnswerSubmitted.class, handled::add);
        timed.accept(record(Topics.ANSWER_SUBMITTED, 9, answer), AnswerSubmitted.class, handled::add);
        timed.acceptBatch(List.of(record(Topics.ANSWER_SUBMITTED, 10, answer("q-2", "1.1", 1, null, "PRACTICE"))),
                AnswerSubmitted.class, handled::addAll);

        Timer delays = meters.get("mla.event.delay").tag("topic", Topics.ANSWER_SUBMITTED).timer();
        assertThat(delays.count()).isEqualTo(2);
        assertThat(delays.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(3_000);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"eventId", "learnerId", "sessionId", "questionId", "occurredAt", "taskStatement"})
    void anAnswerWithoutARequiredFieldIsPoison(String field) {
        ObjectNode json = (ObjectNode) JSON.valueToTree(answer("q-1", "1.1", 1, null, "PRACTICE"));
        json.remove(field);

        assertThatThrownBy(() -> gate.accept(new ConsumerRecord<>(Topics.ANSWER_SUBMITTED, 0, 1, "k",
                json.toString()), AnswerSubmitted.class, handled::add))
                .isInstanceOf(PoisonRecordException.class).hasMessageContaining(field);
        assertThat(handled).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"eventId=not-a-uuid", "occurredAt=2026-12-01 09:00"})
    void aFieldOutOfItsFormatIsPoisonThoughTheRestKeepsTheContract(String change) {
        String field = change.substring(0, change.indexOf('='));
        ObjectNode json = (ObjectNode) JSON.valueToTree(answer("q-1", "1.1", 1, null, "PRACTICE"));
        json.put(field, change.substring(field.length() + 1));

        assertThatThrownBy(() -> gate.read(new ConsumerRecord<>(Topics.ANSWER_SUBMITTED, 0, 1, "k", json.toString()),
                AnswerSubmitted.class))
                .isInstanceOf(PoisonRecordException.class).hasMessageContaining("breaks its schema")
                .hasMessageContaining(field);
    }

    @Test
    void whatTheSchemaForbidsIsPoisonEvenWhenTheRecordWouldRead() {
        assertPoison(Topics.ANSWER_SUBMITTED, answer("q-1", "1.1", 1, "SURE", "PRACTICE"), "confidence");
        assertPoison(Topics.ANSWER_SUBMITTED, answer("q-1", "3.1", 1, null, "PRACTICE"), "taskStatement");
        assertPoison(Topics.ANSWER_SUBMITTED, answer("q-1", "4.7", 4, null, "PRACTICE"), "taskStatement");
        assertPoison(Topics.ANSWER_SUBMITTED, answer("q-1", "1.1", 1, null, "HOMEWORK"), "sessionMode");
        assertPoison(Topics.QUESTION_CHANGED, new QuestionChanged(UUID.randomUUID(), 1, AT, "q-1", 1,
                QuestionChanged.Status.ACTIVE, 3, "1.1", QuestionType.MATCHING, null), "taskStatement");
        assertPoison(Topics.SESSION_COMPLETED, new SessionCompleted(UUID.randomUUID(), 1, AT, "l-1", "s-1", "EXAM",
                AT.minusSeconds(60), AT, 5_000, true, List.of()), "scaledScore");
        assertPoison(Topics.LEARNER_MODEL_CHANGED, new LearnerModelChanged(UUID.randomUUID(), 1, AT, "l-1",
                List.of(), List.of(), null, null, null), "readiness");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"not json", "[1, 2]", "{\"eventId\": \"not-a-uuid\"}", "null"})
    void aValueThatIsNoEventIsPoison(String value) {
        assertThatThrownBy(() -> gate.accept(new ConsumerRecord<>(Topics.ANSWER_SUBMITTED, 0, 1, "k", value),
                AnswerSubmitted.class, handled::add)).isInstanceOf(PoisonRecordException.class);
    }

    @Test
    void aPoisonRecordEndsTheBatchAfterTheEventsBeforeItAreHandled() {
        List<ConsumerRecord<String, String>> batch = List.of(
                record(Topics.ANSWER_SUBMITTED, 10, answer("q-1", "1.1", 1, null, "DRILL")),
                record(Topics.ANSWER_SUBMITTED, 11, answer("q-2", "1.2", 1, null, "DRILL")),
                new ConsumerRecord<>(Topics.ANSWER_SUBMITTED, 0, 12, "k", "{}"),
                record(Topics.ANSWER_SUBMITTED, 13, answer("q-3", "1.3", 1, null, "DRILL")));
        List<List<Delivered<AnswerSubmitted>>> calls = new ArrayList<>();

        assertThatThrownBy(() -> gate.acceptBatch(batch, AnswerSubmitted.class, calls::add))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getIndex()).isEqualTo(2);
                    assertThat(e.getCause()).isInstanceOf(PoisonRecordException.class);
                });
        assertThat(calls).singleElement().satisfies(events ->
                assertThat(events).extracting(d -> d.event().questionId()).containsExactly("q-1", "q-2"));
    }

    @Test
    void aBatchSentAgainBehindItselfIsHandledOnce() {
        AnswerSubmitted first = answer("q-1", "2.1", 2, null, "PRACTICE");
        AnswerSubmitted second = answer("q-1", "2.1", 2, "LOW", "PRACTICE");
        List<ConsumerRecord<String, String>> sentTwice = List.of(record(Topics.ANSWER_SUBMITTED, 20, first),
                record(Topics.ANSWER_SUBMITTED, 21, second), record(Topics.ANSWER_SUBMITTED, 22, first),
                record(Topics.ANSWER_SUBMITTED, 23, second));
        List<Delivered<AnswerSubmitted>> all = new ArrayList<>();

        gate.acceptBatch(sentTwice, AnswerSubmitted.class, all::addAll);

        assertThat(all).extracting(d -> d.delivery().offset()).containsExactly(20L, 21L);
    }

    @Test
    void eachTracedRecordOfABatchContinuesItsOwnTraceInAConsumerSpanEndedOnceHandled() {
        RecordingTracer recording = new RecordingTracer();
        InboundEvents traced = new InboundEvents(new EventSchemas(), JSON, new InMemoryClaims(),
                recording.messageTracing(), EventDelays.NONE);
        ConsumerRecord<String, String> first = traced(record(Topics.ANSWER_SUBMITTED, 30, answer("q-1", "1.1", 1, null,
                "DRILL")), "00-11111111111111111111111111111111-1111111111111111-01");
        ConsumerRecord<String, String> untraced = record(Topics.ANSWER_SUBMITTED, 31, answer("q-2", "1.2", 1, null,
                "DRILL"));
        ConsumerRecord<String, String> third = traced(record(Topics.ANSWER_SUBMITTED, 32, answer("q-3", "1.3", 1, null,
                "DRILL")), "00-33333333333333333333333333333333-3333333333333333-01");
        List<Integer> endedBeforeHandling = new ArrayList<>();

        traced.acceptBatch(List.of(first, untraced, third), AnswerSubmitted.class,
                events -> endedBeforeHandling.add(recording.finished().size()));

        assertThat(endedBeforeHandling).containsExactly(0);
        assertThat(recording.finished()).extracting(SpanData::getKind).containsOnly(SpanKind.CONSUMER);
        assertThat(recording.finished()).extracting(SpanData::getTraceId, SpanData::getParentSpanId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("11111111111111111111111111111111", "1111111111111111"),
                        org.assertj.core.groups.Tuple.tuple("33333333333333333333333333333333", "3333333333333333"));
    }

    @Test
    void aTracedPoisonRecordsSpanEndsAsAnError() {
        RecordingTracer recording = new RecordingTracer();
        InboundEvents traced = new InboundEvents(new EventSchemas(), JSON, new InMemoryClaims(),
                recording.messageTracing(), EventDelays.NONE);
        ConsumerRecord<String, String> poison = traced(new ConsumerRecord<>(Topics.ANSWER_SUBMITTED, 0, 40, "k", "{}"),
                "00-44444444444444444444444444444444-4444444444444444-01");

        assertThatThrownBy(() -> traced.acceptBatch(List.of(poison), AnswerSubmitted.class, events -> { }))
                .isInstanceOf(BatchListenerFailedException.class);
        assertThat(recording.finished()).singleElement()
                .satisfies(span -> assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR));
    }

    private static ConsumerRecord<String, String> traced(ConsumerRecord<String, String> record, String traceparent) {
        record.headers().add(MessageTracing.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private void assertPoison(String topic, Object event, String naming) {
        assertThatThrownBy(() -> gate.read(new ConsumerRecord<>(topic, 0, 1, "k", JSON.writeValueAsString(event)),
                ((io.mlaprep.contracts.Event) event).getClass()))
                .as("%s on %s", naming, topic)
                .isInstanceOf(PoisonRecordException.class).hasMessageContaining(naming);
    }

    private static AnswerSubmitted answer(String questionId, String task, int domain, String confidence, String mode) {
        return new AnswerSubmitted(UUID.randomUUID(), 1, AT, "learner-1", "session-1", mode, 0, questionId, 1, domain,
                task, QuestionType.MULTIPLE_CHOICE, new ItemResponse(List.of("a"), null, null), true, true, 1_200,
                confidence, 0.4);
    }

    private static ConsumerRecord<String, String> record(String topic, long offset, Object event) {
        return new ConsumerRecord<>(topic, 0, offset, "learner-1", JSON.writeValueAsString(event));
    }
}
