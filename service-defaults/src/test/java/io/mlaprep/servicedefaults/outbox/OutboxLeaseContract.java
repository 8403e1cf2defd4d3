package io.mlaprep.servicedefaults.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The rules every outbox lease keeps, whatever holds it: one holder at a time, only the holder renews or
 * releases it, and a lapsed lease goes to whoever asks next. Each store's test supplies the lease and a way
 * to let a short lease lapse.
 */
abstract class OutboxLeaseContract {

    static final Duration TTL = Duration.ofSeconds(30);

    abstract OutboxLease lease();

    /** A lease short enough for {@link #letLapse()} to outlast it. */
    abstract Duration shortTtl();

    abstract void letLapse() throws InterruptedException;

    @Test
    void aFreeLeaseIsTakenAndALiveOneRefused() {
        assertThat(lease().acquire("a", TTL)).isTrue();
        assertThat(lease().acquire("b", TTL)).isFalse();
        assertThat(lease().acquire("a", TTL)).as("the holder takes it again: a renewal").isTrue();
    }

    @Test
    void aLapsedLeaseIsTakenByAnother() throws InterruptedException {
        assertThat(lease().acquire("a", shortTtl())).isTrue();
        assertThat(lease().acquire("b", TTL)).isFalse();
        letLapse();
        assertThat(lease().acquire("b", TTL)).isTrue();
        assertThat(lease().renew("a", TTL)).as("the old holder lost it").isFalse();
    }

    @Test
    void onlyTheHolderRenewsAndReleasesAndAReleasedLeaseIsFree() {
        assertThat(lease().acquire("a", TTL)).isTrue();
        assertThat(lease().renew("b", TTL)).isFalse();
        assertThat(lease().renew("a", TTL)).isTrue();
        lease().release("b");
        assertThat(lease().acquire("b", TTL)).isFalse();
        lease().release("a");
        assertThat(lease().acquire("b", TTL)).isTrue();
    }
}
