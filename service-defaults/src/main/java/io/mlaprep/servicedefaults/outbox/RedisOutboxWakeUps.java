package io.mlaprep.servicedefaults.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Wakes a relay when a Redis outbox gets a new entry. The script that adds it publishes on the channel named as
 * the outbox's stream ({@code PUBLISH <stream key>}), in the same step; every instance's relay listens, and the one
 * holding that outbox's lease sends it, in a pass over just the announced outboxes. So the relay need not poll often
 * to be quick: it sweeps every outbox only as a safety net ({@code idlePollInterval}), for an announcement missed
 * while the subscription was away.
 * <p>
 * Only a speed-up: a service starts without it. Subscribing happens in the background, tried again after 1, 2, 4 …
 * 30 s while Redis does not answer (a listener container that cannot subscribe at start would fail the start);
 * once subscribed, the container itself reconnects after a lost connection.
 */
public final class RedisOutboxWakeUps implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RedisOutboxWakeUps.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private final OutboxRelay relay;
    private final RedisConnectionFactory connections;
    private volatile boolean running;
    private volatile Thread subscriber;
    private volatile RedisMessageListenerContainer listening;

    public RedisOutboxWakeUps(OutboxRelay relay, RedisConnectionFactory connections) {
        this.relay = relay;
        this.connections = connections;
    }

    /** Whether the relay is woken by announcements now (else it finds new entries by polling). */
    public boolean isListening() {
        return listening != null && listening.isListening();
    }

    @Override
    public synchronized void start() {
        running = true;
        subscriber = Thread.ofVirtual().name("outbox-wake-ups").start(this::subscribeUntilListening);
    }

    private void subscribeUntilListening() {
        Duration wait = FIRST_RETRY;
        while (running) {
            RedisMessageListenerContainer container = container();
            try {
                container.start();
                listening = container;
                return;
            } catch (RuntimeException e) {
                destroy(container);
                log.info("outbox wake-ups not subscribed yet, the relay polls meanwhile; trying again in {}: {}", wait,
                        e.toString());
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                return;
            }
            wait = OutboxRelay.doubledUpTo(wait, LONGEST_RETRY);
        }
    }

    private RedisMessageListenerContainer container() {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.addMessageListener((message, pattern) -> relay.wake(new String(message.getChannel(),
                        StandardCharsets.UTF_8)),
                relay.outboxNames().stream().map(ChannelTopic::of).toList());
        container.afterPropertiesSet();
        return container;
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread starting = subscriber;
        if (starting != null) {
            starting.interrupt();
            try {
                starting.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        RedisMessageListenerContainer container = listening;
        listening = null;
        if (container != null) {
            container.stop();
            destroy(container);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void destroy() {
        stop();
    }

    private static void destroy(RedisMessageListenerContainer container) {
        try {
            container.destroy();
        } catch (Exception e) {
            log.debug("outbox wake-ups: closing a listener container failed: {}", e.toString());
        }
    }
}
