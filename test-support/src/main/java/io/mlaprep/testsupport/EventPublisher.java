package io.mlaprep.testsupport;

import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.Event;
import io.mlaprep.contracts.LearnerModelChanged;
import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.contracts.SessionCompleted;
import io.mlaprep.contracts.Topics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/** Publishes events to their topics the way their writers do (JSON, keyed by subject), to the test broker. */
public final class EventPublisher implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            "bootstrap.servers", TestServers.kafka().bootstrapServers(), "acks", "all", "linger.ms", 5),
            new StringSerializer(), new StringSerializer());

    public void publish(List<?> events) {
        events.forEach(event -> send(topicOf(event), ((Event) event).key(), JSON.writeValueAsString(event)));
        producer.flush();
    }

    public void send(String topic, String key, String value) {
        producer.send(new ProducerRecord<>(topic, key, value));
    }

    public void flush() {
        producer.flush();
    }

    public static String topicOf(Object event) {
        return switch (event) {
            case AnswerSubmitted a -> Topics.ANSWER_SUBMITTED;
            case SessionCompleted s -> Topics.SESSION_COMPLETED;
            case LearnerModelChanged m -> Topics.LEARNER_MODEL_CHANGED;
            case QuestionChanged q -> Topics.QUESTION_CHANGED;
            default -> throw new IllegalArgumentException("not an event: " + event);
        };
    }

    @Override
    public void close() {
        producer.close();
    }
}
