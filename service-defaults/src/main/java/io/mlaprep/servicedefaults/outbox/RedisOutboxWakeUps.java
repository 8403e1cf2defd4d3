package io.mlaprep.servicedefaults.outbox;

import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Wakes a relay when a Redis outbox gets a new entry. The script that adds it publishes on the channel named as
 * the outbox's stream ({@code PUBLISH <stream key>}), in the same step; every instance's relay listens, and the one
 * holding that outbox's lease sends it. So the relay need not poll often to be quick: it polls only as a safety net
 * ({@code idlePollInterval}), for an announcement missed while the subscription was reconnecting.
 */
public final class RedisOutboxWakeUps {

    private RedisOutboxWakeUps() {
    }

    /** A listener container (a lifecycle bean: declare it as one) that wakes the relay on its outboxes' channels. */
    public static RedisMessageListenerContainer listenFor(OutboxRelay relay, RedisConnectionFactory connections) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.addMessageListener((message, pattern) -> relay.wake(),
                relay.outboxNames().stream().map(ChannelTopic::of).toList());
        return container;
    }
}
