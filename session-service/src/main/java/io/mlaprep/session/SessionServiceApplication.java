package io.mlaprep.session;

import io.mlaprep.runtime.NettyLeakDetection;
import io.mlaprep.servicedefaults.EnableServiceDefaults;
import io.mlaprep.servicedefaults.exam.ExamScaleConfiguration;
import io.mlaprep.session.delivery.application.SessionSettings;
import io.mlaprep.session.delivery.persistence.SessionKeys;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableServiceDefaults
@EnableScheduling
@EnableConfigurationProperties(SessionSettings.class)
@Import(ExamScaleConfiguration.class)
public class SessionServiceApplication {

    public static void main(String[] args) {
        NettyLeakDetection.offUnlessConfigured();
        SpringApplication.run(SessionServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SessionKeys sessionKeys(SessionSettings settings) {
        return new SessionKeys(settings.shards());
    }
}
