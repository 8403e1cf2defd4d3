package io.mlaprep.servicedefaults.client;

import io.mlaprep.servicedefaults.web.RequestIdFilter;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Builds clients for calling other services: short timeouts, this service's own bearer token,
 * and the current request id passed along.
 */
public class ServiceRestClients {

    private final RestClient.Builder builder;
    private final ServiceTokenProvider tokens;

    public ServiceRestClients(RestClient.Builder builder, ServiceTokenProvider tokens) {
        this.builder = builder;
        this.tokens = tokens;
    }

    public RestClient create(String baseUrl, Duration connectTimeout, Duration readTimeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(readTimeout);
        return builder.clone()
                .baseUrl(baseUrl)
                .requestFactory(requests)
                .requestInterceptor((request, body, execution) -> {
                    request.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.token());
                    String requestId = RequestIdFilter.current();
                    if (requestId != null) {
                        request.getHeaders().set(RequestIdFilter.HEADER, requestId);
                    }
                    return execution.execute(request, body);
                })
                .build();
    }
}
