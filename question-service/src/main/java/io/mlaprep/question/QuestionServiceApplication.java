package io.mlaprep.question;

import io.mlaprep.question.seed.application.SeedSettings;
import io.mlaprep.servicedefaults.EnableServiceDefaults;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@EnableServiceDefaults
@EnableConfigurationProperties(SeedSettings.class)
public class QuestionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuestionServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
