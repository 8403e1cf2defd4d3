package io.mlaprep.gateway;

import io.mlaprep.gateway.issuer.IssuerProperties;
import io.mlaprep.gateway.limits.LimitProperties;
import io.mlaprep.runtime.NettyLeakDetection;
import io.mlaprep.runtime.tracing.TracingExporters;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@EnableConfigurationProperties({IssuerProperties.class, LimitProperties.class})
@Import(TracingExporters.class)
public class GatewayApplication {

    public static void main(String[] args) {
        NettyLeakDetection.offUnlessConfigured();
        SpringApplication.run(GatewayApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
