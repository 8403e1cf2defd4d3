package io.mlaprep.servicedefaults.outbox;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * A lease in one MongoDB document {@code {_id: name, owner, expiresAt}}. Taking it is a single findAndModify
 * that matches the document only if it has lapsed or is the caller's, with upsert: when someone else holds
 * it, the upsert collides with the existing {@code _id} and fails, so two instances can never both succeed.
 * Expiry is judged by the instances' clocks, which must agree to well within the lease's time to live.
 */
public class MongoOutboxLease implements OutboxLease {

    private static final int DUPLICATE_KEY = 11000;
    /** Releasing is a courtesy on the way out: an unreachable server must not hold the shutdown up. */
    private static final Duration RELEASE_TIMEOUT = Duration.ofSeconds(2);

    private final MongoCollection<Document> leases;
    private final String name;
    private final Clock clock;

    public MongoOutboxLease(MongoCollection<Document> leases, String name, Clock clock) {
        this.leases = leases;
        this.name = name;
        this.clock = clock;
    }

    @Override
    public boolean acquire(String owner, Duration ttl) {
        Instant now = clock.instant();
        try {
            leases.findOneAndUpdate(and(eq("_id", name), or(lte("expiresAt", Date.from(now)), eq("owner", owner))),
                    combine(set("owner", owner), set("expiresAt", Date.from(now.plus(ttl)))),
                    new FindOneAndUpdateOptions().upsert(true));
            return true;
        } catch (MongoException e) {
            if (e.getCode() == DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean renew(String owner, Duration ttl) {
        return leases.updateOne(and(eq("_id", name), eq("owner", owner)),
                set("expiresAt", Date.from(clock.instant().plus(ttl)))).getMatchedCount() == 1;
    }

    @Override
    public void release(String owner) {
        leases.withTimeout(RELEASE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .deleteOne(and(eq("_id", name), eq("owner", owner)));
    }
}
