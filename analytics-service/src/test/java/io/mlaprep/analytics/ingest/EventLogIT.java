package io.mlaprep.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.TestServers;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Telling an event's own record from a second copy, on a real MongoDB wire server. */
@RealServers(Server.MONGO)
class EventLogIT {

    private MongoClient client;
    private MongoTemplate mongo;
    private EventLog events;

    @BeforeEach
    void log() {
        client = MongoClients.create(TestServers.mongoConnectionString());
        mongo = new MongoTemplate(client, "event-log-" + UUID.randomUUID());
        events = new EventLog(mongo);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void theFirstCopyInABatchIsTheEventsOwnRecordAndALaterCopyIsNot() {
        assertThat(events.recordAll(List.of(at("e", 5), at("e", 9), at("f", 6)))).containsExactly(true, false, true);

        assertThat(mongo.findById("e", Document.class, "events"))
                .isEqualTo(new Document("_id", "e").append("partition", 0).append("offset", 5L));
    }

    @Test
    void aRedeliveryOfTheFirstCopyIsLetThroughAndAnotherCopyIsNot() {
        events.recordAll(List.of(at("e", 5)));

        assertThat(events.recordAll(List.of(at("e", 5), at("e", 9), at("g", 10)))).containsExactly(true, false, true);
        assertThat(events.record(at("e", 9))).isFalse();
        assertThat(events.record(at("e", 5))).isTrue();
    }

    private static EventLog.Entry at(String eventId, long offset) {
        return new EventLog.Entry(eventId, new Delivery("answers", 0, offset));
    }
}
