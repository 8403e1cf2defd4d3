package io.mlaprep.recommender;

import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.servicedefaults.EnableServiceDefaults;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@EnableServiceDefaults
public class RecommenderServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RecommenderServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Fsrs fsrs() {
        return new Fsrs();
    }
}
