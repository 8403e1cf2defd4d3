package io.mlaprep.servicedefaults.outbox;

import io.mlaprep.contracts.Event;
import io.mlaprep.testsupport.EventPublisher;
import io.mlaprep.testsupport.TestServers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events relayed the way a relay killed between Kafka's acknowledgement and its delete relays them. A real
 * {@link OutboxRelay} sends the batch and dies at the delete ({@link #sendAndDie}); a second one, as after a
 * restart, finds the whole batch still in the outbox and sends it again ({@link #restart}): the same events, at
 * new offsets.
 */
public final class RelayCrash implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OutboxSettings SETTINGS = new OutboxSettings(Duration.ofMillis(50), 500,
            Duration.ofSeconds(20), Duration.ofSeconds(10));

    private final DefaultKafkaProducerFactory<String, String> producers = new DefaultKafkaProducerFactory<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000,
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000),
            new StringSerializer(), new StringSerializer());
    private final KafkaTemplate<String, String> kafka = new KafkaTemplate<>(producers);
    private final KilledAtDelete store;

    public RelayCrash(List<? extends Event> batch) {
        List<OutboxEntry> entries = new ArrayList<>();
        for (Event event : batch) {
            entries.add(new OutboxEntry(event.eventId().toString(), EventPublisher.topicOf(event), event.key(),
                    JSON.writeValueAsString(event), null));
        }
        store = new KilledAtDelete(entries);
    }

    /** The first relay sends the batch; Kafka acknowledges it all; the relay dies before deleting anything. */
    public void sendAndDie() throws InterruptedException {
        OutboxRelay first = relay();
        first.start();
        try {
            if (!store.killed.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the first relay never reached its delete");
            }
        } finally {
            first.stop();
        }
    }

    /** A second relay finds the batch still waiting and sends all of it again; it returns once the outbox is empty. */
    public void restart() throws InterruptedException {
        store.restart();
        OutboxRelay second = relay();
        second.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!store.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the second relay never emptied the outbox");
                }
                Thread.sleep(20);
            }
        } finally {
            second.stop();
        }
    }

    private OutboxRelay relay() {
        return new OutboxRelay(List.of(new Outbox("relay-crash", store, new FreeLease())), kafka, SETTINGS);
    }

    @Override
    public void close() {
        producers.destroy();
    }

    /**
     * An outbox whose first delete kills the relay: nothing is deleted, and the dead relay sees nothing more. After
     * the restart, the batch is there again and deletes work.
     */
    private static final class KilledAtDelete implements OutboxStore {

        private final List<OutboxEntry> waiting;
        private final CountDownLatch killed = new CountDownLatch(1);
        private boolean restarted;

        KilledAtDelete(List<OutboxEntry> entries) {
            waiting = new ArrayList<>(entries);
        }

        @Override
        public synchronized List<OutboxEntry> pending(int limit) {
            boolean dead = killed.getCount() == 0 && !restarted;
            return dead ? List.of() : List.copyOf(waiting.subList(0, Math.min(limit, waiting.size())));
        }

        synchronized void restart() {
            restarted = true;
        }

        @Override
        public synchronized void delete(List<OutboxEntry> sent) {
            if (killed.getCount() > 0) {
                killed.countDown();
                throw new IllegalStateException("relay killed after Kafka acknowledged " + sent.size() + " entries");
            }
            waiting.removeAll(sent);
        }

        @Override
        public synchronized long depth() {
            return waiting.size();
        }

        @Override
        public Optional<Instant> oldest() {
            return Optional.empty();
        }

        synchronized boolean isEmpty() {
            return waiting.isEmpty();
        }
    }

    /** Each relay here runs alone; the lease rules have their own tests. */
    private static final class FreeLease implements OutboxLease {

        @Override
        public boolean acquire(String owner, Duration ttl) {
            return true;
        }

        @Override
        public boolean renew(String owner, Duration ttl) {
            return true;
        }

        @Override
        public void release(String owner) {
        }
    }
}
