package io.mlaprep.servicedefaults.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import io.mlaprep.servicedefaults.errors.DependencyUnavailableException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Fetches and caches this service's client-credentials token; refreshes a little before it expires. */
public class ServiceTokenProvider {

    private static final Duration REFRESH_MARGIN = Duration.ofSeconds(30);

    private final ServiceAuthProperties properties;
    private final RestClient http;
    private final Clock clock;
    private volatile String token;
    private volatile Instant refreshAt = Instant.EPOCH;

    public ServiceTokenProvider(ServiceAuthProperties properties, RestClient http, Clock clock) {
        this.properties = properties;
        this.http = http;
        this.clock = clock;
    }

    public String token() {
        if (token == null || clock.instant().isAfter(refreshAt)) {
            refresh();
        }
        return token;
    }

    private synchronized void refresh() {
        if (token != null && !clock.instant().isAfter(refreshAt)) {
            return;
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        Map<?, ?> response;
        try {
            response = http.post()
                    .uri(properties.tokenUri())
                    .headers(headers -> headers.setBasicAuth(properties.clientId(), properties.clientSecret()))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .body(Map.class);
        } catch (RestClientException e) {
            throw new DependencyUnavailableException("The token issuer did not give this service a token.", e);
        }
        if (response == null || !(response.get("access_token") instanceof String accessToken)) {
            throw new IllegalStateException("token endpoint gave no access_token");
        }
        long expiresIn = response.get("expires_in") instanceof Number n ? n.longValue() : 300;
        token = accessToken;
        refreshAt = clock.instant().plusSeconds(expiresIn).minus(REFRESH_MARGIN);
    }
}
