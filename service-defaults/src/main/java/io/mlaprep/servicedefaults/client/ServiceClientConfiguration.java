package io.mlaprep.servicedefaults.client;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceAuthProperties.class)
public class ServiceClientConfiguration {

    @Bean
    ServiceTokenProvider serviceTokenProvider(ServiceAuthProperties properties, RestClient.Builder builder) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(3));
        return new ServiceTokenProvider(properties, builder.clone().requestFactory(requests).build(), Clock.systemUTC());
    }

    @Bean
    ServiceRestClients serviceRestClients(RestClient.Builder builder, ServiceTokenProvider tokens) {
        return new ServiceRestClients(builder, tokens);
    }

    @Bean
    ResilientCalls resilientCalls(ServiceRestClients clients, MeterRegistry meters) {
        return new ResilientCalls(clients, meters);
    }
}
