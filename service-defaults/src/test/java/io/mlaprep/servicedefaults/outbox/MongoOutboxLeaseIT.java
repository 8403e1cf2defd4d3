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

/** The lease rules of the MongoDB lease, on a real MongoDB wire server; time moves by the clock it is given. */
@RealServers(Server.MONGO)
class MongoOutboxLeaseIT {

    private static final Duration TTL = Duration.ofSeconds(30);

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

    @Test
    void aFreeLeaseIsTakenAndALiveOneRefused() {
        assertThat(lease.acquire("a", TTL)).isTrue();
        assertThat(lease.acquire("b", TTL)).isFalse();
        assertThat(lease.acquire("a", TTL)).as("the holder takes it again: a renewal").isTrue();
    }

    @Test
    void aLapsedLeaseIsTakenByAnother() {
        assertThat(lease.acquire("a", TTL)).isTrue();
        clock.advance(TTL.minusSeconds(1));
        assertThat(lease.acquire("b", TTL)).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(lease.acquire("b", TTL)).isTrue();
        assertThat(lease.renew("a", TTL)).as("the old holder lost it").isFalse();
    }

    @Test
    void onlyTheHolderRenewsAndARenewalKeepsTheLeaseLive() {
        assertThat(lease.acquire("a", TTL)).isTrue();
        assertThat(lease.renew("b", TTL)).isFalse();
        clock.advance(TTL.minusSeconds(1));
        assertThat(lease.renew("a", TTL)).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(lease.acquire("b", TTL)).as("renewed a second before it lapsed").isFalse();
    }

    @Test
    void onlyTheHolderReleasesAndAReleasedLeaseIsFree() {
        assertThat(lease.acquire("a", TTL)).isTrue();
        lease.release("b");
        assertThat(lease.acquire("b", TTL)).isFalse();
        lease.release("a");
        assertThat(lease.acquire("b", TTL)).isTrue();
    }
}
