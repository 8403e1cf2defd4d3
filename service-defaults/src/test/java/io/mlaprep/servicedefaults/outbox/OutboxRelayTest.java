package io.mlaprep.servicedefaults.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RoundRobinPartitioner;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;

/** The relaying loop over in-memory ports and Kafka's MockProducer; the real-server runs are the *IT classes. */
class OutboxRelayTest {

    private static final OutboxSettings SETTINGS = new OutboxSettings(Duration.ofMillis(50), 500,
            Duration.ofSeconds(30), Duration.ofSeconds(25));

    private final ListStore store = new ListStore();
    private final OneHolderLease lease = new OneHolderLease();

    @Test
    void whilePassesFindNothingThePauseDoublesUpToTheIdleIntervalAndWorkResetsIt() {
        OutboxSettings backingOff = new OutboxSettings(Duration.ofMillis(100), 500, Duration.ofSeconds(30),
                Duration.ofSeconds(25), Duration.ofMillis(1000));
        List<Duration> pauses = new ArrayList<>();
        Duration pause = backingOff.pollInterval();
        for (int pass = 0; pass < 6; pass++) {
            pause = OutboxRelay.nextPause(pause, false, backingOff);
            pauses.add(pause);
        }

        assertThat(pauses).extracting(Duration::toMillis).containsExactly(200L, 400L, 800L, 1000L, 1000L, 1000L);
        assertThat(OutboxRelay.nextPause(pause, true, backingOff)).isEqualTo(backingOff.pollInterval());
    }

    @Test
    void anEntryAnnouncedWhileAPassRunsLeavesAfterThePollIntervalNotTheIdleOne() throws Exception {
        OutboxSettings backingOff = new OutboxSettings(Duration.ofMillis(100), 500, Duration.ofSeconds(30),
                Duration.ofSeconds(25), Duration.ofSeconds(60));
        MockProducer<String, String> producer = producer(true);
        OutboxRelay[] relay = new OutboxRelay[1];
        int[] looks = new int[1];
        long[] announcedAt = new long[1];
        ListStore writtenBehindTheFourthLook = new ListStore() {
            @Override
            public synchronized List<OutboxEntry> pending(int limit) {
                List<OutboxEntry> seen = super.pending(limit);
                if (++looks[0] == 4) {
                    // passes at 0, 0.2, 0.6 and 1.4 s: without the announcement the next would come 1.6 s later
                    add(1);
                    announcedAt[0] = System.nanoTime();
                    relay[0].wake("o");
                }
                return seen;
            }
        };
        relay[0] = new OutboxRelay(List.of(new Outbox("o", writtenBehindTheFourthLook, lease)), template(producer),
                backingOff);
        relay[0].start();
        try {
            while (producer.history().isEmpty()) {
                Thread.sleep(5);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - announcedAt[0])).isLessThan(Duration.ofMillis(800));
        } finally {
            relay[0].stop();
        }
    }

    @Test
    void aPassHasEveryOutboxsBatchInFlightBeforeItWaitsForAnyAcknowledgement() throws Exception {
        MockProducer<String, String> producer = producer(false);
        ListStore other = new ListStore();
        store.add(2);
        other.add(3);
        OutboxRelay relay = new OutboxRelay(List.of(new Outbox("a", store, lease), new Outbox("b", other,
                new OneHolderLease())), template(producer), SETTINGS);

        CompletableFuture<Void> pass = CompletableFuture.runAsync(relay::relayOnce);
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (producer.history().size() < 5 && System.nanoTime() < giveUp) {
            Thread.sleep(5);
        }
        // one outbox at a time would still wait for "a"'s acknowledgements before sending "b"'s
        assertThat(producer.history()).hasSize(5);
        assertThat(pass).isNotDone();
        assertThat(store.entries).hasSize(2);
        while (producer.completeNext()) {
            // acknowledge all five
        }
        pass.get(5, TimeUnit.SECONDS);

        assertThat(store.entries).isEmpty();
        assertThat(other.entries).isEmpty();
    }

    @Test
    void anAnnouncedOutboxIsSentAtOnceWithoutLookingIntoTheOthers() throws Exception {
        OutboxSettings rarelySweeping = new OutboxSettings(Duration.ofSeconds(30), 500, Duration.ofSeconds(60),
                Duration.ofSeconds(25), Duration.ofSeconds(60));
        MockProducer<String, String> producer = producer(true);
        List<ListStore> stores = IntStream.range(0, 4).mapToObj(i -> new ListStore()).toList();
        OutboxRelay relay = new OutboxRelay(IntStream.range(0, 4).mapToObj(i -> new Outbox("o" + i, stores.get(i),
                new OneHolderLease())).toList(), template(producer), rarelySweeping);
        relay.start();
        try {
            while (stores.stream().anyMatch(s -> s.reads == 0)) {
                Thread.sleep(5); // the first sweep, at start
            }
            stores.get(2).add(1);
            relay.wake("o2");
            relay.wake("not-an-outbox-of-this-relay");
            while (producer.history().isEmpty()) {
                Thread.sleep(5);
            }
            Thread.sleep(50);

            assertThat(stores.get(2).entries).isEmpty();
            assertThat(stores).extracting(s -> s.reads).containsExactly(1, 1, 2, 1);
        } finally {
            relay.stop();
        }
    }

    @Test
    void aPassSaysWhetherItFoundAnythingToSend() {
        OutboxRelay relay = new OutboxRelay(List.of(new Outbox("o", store, lease)), template(producer(true)), SETTINGS);

        assertThat(relay.relayOnce()).isFalse();
        store.add(2);
        assertThat(relay.relayOnce()).isTrue();
        assertThat(store.entries).isEmpty();
        assertThat(relay.relayOnce()).isFalse();
    }

    @Test
    void anIdleIntervalShorterThanThePollIntervalIsRefused() {
        OutboxSettings inverted = new OutboxSettings(Duration.ofSeconds(1), 500, Duration.ofSeconds(30),
                Duration.ofSeconds(25), Duration.ofMillis(100));

        assertThatThrownBy(() -> new OutboxRelay(List.of(new Outbox("o", store, lease)), template(producer(true)),
                inverted)).isInstanceOf(IllegalStateException.class).hasMessageContaining("idle-poll-interval");
    }

    @Test
    void anEntryIsDeletedOnlyAfterItsAcknowledgementAndNothingAfterAFailedOne() throws Exception {
        MockProducer<String, String> producer = producer(false);
        store.add(3);
        OutboxRelay relay = new OutboxRelay(List.of(new Outbox("o", store, lease)), template(producer), SETTINGS);

        CompletableFuture<Void> pass = CompletableFuture.runAsync(relay::relayOnce);
        while (producer.history().size() < 3) {
            Thread.sleep(5);
        }
        assertThat(store.entries).hasSize(3);
        producer.completeNext();
        producer.errorNext(new TimeoutException("broker away"));
        producer.completeNext();
        pass.get(5, TimeUnit.SECONDS);

        // e-2 acknowledged but after the failed e-1: it waits, so e-1 never follows it out of order
        assertThat(store.entries).extracting(OutboxEntry::id).containsExactly("e-1", "e-2");
        assertThat(producer.history()).extracting(ProducerRecord::value).containsExactly("v-0", "v-1", "v-2");
    }

    @Test
    void theRelayReportsEachOutboxsDepthAndOldestAgeWhenScraped() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new OutboxRelay(List.of(new Outbox("o", store, lease)), template(producer(true)), SETTINGS).bindTo(registry);

        assertThat(registry.get(OutboxMetrics.DEPTH).tag("outbox", "o").gauge().value()).isZero();
        assertThat(registry.get(OutboxMetrics.OLDEST_AGE).tag("outbox", "o").timeGauge().value(TimeUnit.SECONDS)).isZero();

        store.add(3);
        store.firstWritten = Instant.now().minusSeconds(90);
        assertThat(registry.get(OutboxMetrics.DEPTH).tag("outbox", "o").gauge().value()).isEqualTo(3);
        assertThat(registry.get(OutboxMetrics.OLDEST_AGE).tag("outbox", "o").timeGauge().value(TimeUnit.SECONDS)).isBetween(90.0, 120.0);
    }

    @Test
    void anOutboxLeasedToAnotherInstanceIsLeftAlone() {
        MockProducer<String, String> producer = producer(true);
        store.add(2);
        lease.acquire("someone-else", SETTINGS.leaseTtl());

        new OutboxRelay(List.of(new Outbox("o", store, lease)), template(producer), SETTINGS).relayOnce();

        assertThat(producer.history()).isEmpty();
        assertThat(store.entries).hasSize(2);
    }

    @Test
    void aBacklogGoesOutInBatchesInOrderRenewingTheLeaseBeforeEachFurtherBatch() {
        MockProducer<String, String> producer = producer(true);
        store.add(5);
        OutboxSettings batchesOfTwo = new OutboxSettings(SETTINGS.pollInterval(), 2, SETTINGS.leaseTtl(),
                SETTINGS.sendTimeout());

        new OutboxRelay(List.of(new Outbox("o", store, lease)), template(producer), batchesOfTwo).relayOnce();

        assertThat(producer.history()).extracting(ProducerRecord::value)
                .containsExactly("v-0", "v-1", "v-2", "v-3", "v-4");
        assertThat(store.entries).isEmpty();
        assertThat(lease.renewals).isEqualTo(2);
    }

    @Test
    void aRelayThatLostItsLeaseMidBacklogStopsSending() {
        MockProducer<String, String> producer = producer(true);
        store.add(5);
        lease.stolenAfterAcquire = true;
        OutboxSettings batchesOfTwo = new OutboxSettings(SETTINGS.pollInterval(), 2, SETTINGS.leaseTtl(),
                SETTINGS.sendTimeout());

        new OutboxRelay(List.of(new Outbox("o", store, lease)), template(producer), batchesOfTwo).relayOnce();

        assertThat(producer.history()).extracting(ProducerRecord::value).containsExactly("v-0", "v-1");
        assertThat(store.entries).hasSize(3);
    }

    @Test
    void aRelayThatCouldStopWaitingBeforeTheProducerSettledIsRefused() {
        // Kafka's default delivery timeout (120 s) would let a send settle long after the relay stopped waiting
        assertThatThrownBy(() -> new OutboxRelay(List.of(), producerDelivering(null), SETTINGS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("send-timeout (25000 ms) must exceed the producer's delivery.timeout.ms (120000 ms)");
        assertThatThrownBy(() -> new OutboxRelay(List.of(), producerDelivering(25_000), SETTINGS))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRelayThatCouldWaitPastItsLeaseIsRefused() {
        OutboxSettings waitsTooLong = new OutboxSettings(SETTINGS.pollInterval(), 500, Duration.ofSeconds(25),
                Duration.ofSeconds(25));
        assertThatThrownBy(() -> new OutboxRelay(List.of(), producerDelivering("20000"), waitsTooLong))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("send-timeout (25000 ms) must be under mla.outbox.lease-ttl (25000 ms)");
    }

    @Test
    void aProducerThatSettlesWithinTheSendTimeoutUnderTheLeaseIsAccepted() {
        assertThatCode(() -> new OutboxRelay(List.of(), producerDelivering("20000"), SETTINGS))
                .doesNotThrowAnyException();
    }

    /** KafkaTemplate closes its producer after every send; a real one is shared, so closing it is a no-op. */
    private static MockProducer<String, String> producer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, new RoundRobinPartitioner(), new StringSerializer(),
                new StringSerializer()) {
            @Override
            public void close() {
            }

            @Override
            public void close(Duration timeout) {
            }
        };
    }

    /** The mock producer, declaring the delivery timeout of service-defaults.yml. */
    private static KafkaTemplate<String, String> template(MockProducer<String, String> producer) {
        return new KafkaTemplate<>(new MockProducerFactory<>(() -> producer) {
            @Override
            public Map<String, Object> getConfigurationProperties() {
                return Map.of("delivery.timeout.ms", 20_000);
            }
        });
    }

    private static KafkaTemplate<String, String> producerDelivering(Object deliveryTimeoutMs) {
        Map<String, Object> config = deliveryTimeoutMs == null ? Map.of("bootstrap.servers", "localhost:1")
                : Map.of("bootstrap.servers", "localhost:1", "delivery.timeout.ms", deliveryTimeoutMs);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config, new StringSerializer(),
                new StringSerializer()));
    }

    private static class ListStore implements OutboxStore {

        final List<OutboxEntry> entries = new ArrayList<>();
        Instant firstWritten = Instant.now();
        volatile int reads;

        void add(int count) {
            IntStream.range(0, count).forEach(i -> entries.add(new OutboxEntry("e-" + i, "t", "k", "v-" + i, null)));
        }

        @Override
        public synchronized List<OutboxEntry> pending(int limit) {
            reads++;
            return List.copyOf(entries.subList(0, Math.min(limit, entries.size())));
        }

        @Override
        public synchronized void delete(List<OutboxEntry> sent) {
            entries.removeAll(sent);
        }

        @Override
        public synchronized long depth() {
            return entries.size();
        }

        @Override
        public synchronized Optional<Instant> oldest() {
            return entries.isEmpty() ? Optional.empty() : Optional.of(firstWritten);
        }
    }

    private static final class OneHolderLease implements OutboxLease {

        String holder;
        int renewals;
        boolean stolenAfterAcquire;

        @Override
        public boolean acquire(String owner, Duration ttl) {
            if (holder != null && !holder.equals(owner)) {
                return false;
            }
            holder = stolenAfterAcquire ? "thief" : owner;
            return true;
        }

        @Override
        public boolean renew(String owner, Duration ttl) {
            renewals++;
            return owner.equals(holder);
        }

        @Override
        public void release(String owner) {
            if (owner.equals(holder)) {
                holder = null;
            }
        }
    }
}
