package io.mlaprep.servicedefaults.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.mlaprep.testsupport.MutableClock;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.TestServers;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lease rules on a real MongoDB wire server; time moves by the clock the lease is given. */
@RealServers(Server.MONGO)
class MongoOutboxLeaseIT extends OutboxLeaseContract {

    private final MutableClock clock = new MutableClock();
    private MongoClient client;
    private MongoOutboxLease lease;

    @BeforeEach
    void newLease() {
        client = MongoClients.create(TestServers.mongoConnectionString());
        lease = new MongoOutboxLease(client.getDatabase("lease-it").getCollection("leases"),
                "lease-" + UUID.randomUUID(), clock);
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Override
    OutboxLease lease() {
        return lease;
    }

    @Override
    Duration shortTtl() {
        return TTL;
    }

    @Override
    void letLapse() {
        clock.advance(TTL.plusSeconds(1));
    }

    @Test
    void aRenewalKeepsTheLeaseLivePastItsFirstTerm() {
        assertThat(lease.acquire("a", TTL)).isTrue();
        assertThat(lease.renew("b", TTL)).isFalse();
        clock.advance(TTL.minusSeconds(1));
        assertThat(lease.renew("a", TTL)).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(lease.acquire("b", TTL)).as("renewed a second before it lapsed").isFalse();
    }
}
