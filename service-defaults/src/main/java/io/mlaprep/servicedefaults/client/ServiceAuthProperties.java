package io.mlaprep.servicedefaults.client;

import io.mlaprep.servicedefaults.security.RequiredSecret;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** This service's own client credentials, for calls to other services (never a learner's token). */
@ConfigurationProperties("mla.service-auth")
public record ServiceAuthProperties(String tokenUri, String clientId, String clientSecret) {

    public ServiceAuthProperties {
        RequiredSecret.check("mla.service-auth.client-secret (SERVICE_CLIENT_SECRET)", clientSecret);
    }
}
