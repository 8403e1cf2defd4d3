package io.mlaprep.servicedefaults.client;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** This service's own client credentials, for calls to other services (never a learner's token). */
@ConfigurationProperties("mla.service-auth")
public record ServiceAuthProperties(String tokenUri, String clientId, String clientSecret) {
}
