package io.mlaprep.servicedefaults.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A service without its client secret does not start: no default exists outside the local profile. */
class ServiceAuthPropertiesTest {

    @Test
    void anUnresolvedOrMissingClientSecretStopsTheStart() {
        assertThatThrownBy(() -> new ServiceAuthProperties("http://gw/oauth2/token", "session-service",
                "${SERVICE_CLIENT_SECRET}")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SERVICE_CLIENT_SECRET");
        assertThatThrownBy(() -> new ServiceAuthProperties("http://gw/oauth2/token", "session-service", null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aGivenSecretIsKept() {
        assertThat(new ServiceAuthProperties("http://gw/oauth2/token", "session-service", "s3cret").clientSecret())
                .isEqualTo("s3cret");
    }
}
