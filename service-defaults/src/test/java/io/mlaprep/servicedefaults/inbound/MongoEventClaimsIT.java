package io.mlaprep.servicedefaults.inbound;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.TestServers;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The claim rules on a real MongoDB wire server. */
@RealServers(Server.MONGO)
class MongoEventClaimsIT extends EventClaimsContract {

    private MongoClient client;
    private MongoEventClaims claims;

    @BeforeEach
    void connect() {
        client = MongoClients.create(TestServers.mongoConnectionString());
        claims = new MongoEventClaims(client.getDatabase("claims-it").getCollection("events-" + UUID.randomUUID()));
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Override
    EventClaims claims() {
        return claims;
    }
}
