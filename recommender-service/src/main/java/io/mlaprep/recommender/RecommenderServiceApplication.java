package io.mlaprep.recommender;

import io.mlaprep.contracts.ScaledScore;
import io.mlaprep.recommender.learner.persistence.LearnerKeys;
import io.mlaprep.recommender.mastery.domain.MasteryModel;
import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.recommender.memory.domain.SchedulePreview;
import io.mlaprep.recommender.plan.domain.StudyPlanner;
import io.mlaprep.recommender.readiness.domain.ReadinessModel;
import io.mlaprep.recommender.readiness.domain.ReadinessParameters;
import io.mlaprep.recommender.recommend.domain.RecommendationPolicy;
import io.mlaprep.servicedefaults.EnableServiceDefaults;
import io.mlaprep.servicedefaults.exam.ExamScaleConfiguration;
import io.mlaprep.servicedefaults.outbox.RedisOutboxRelay;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;

@SpringBootApplication
@EnableServiceDefaults
@Import(ExamScaleConfiguration.class)
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

    @Bean
    SchedulePreview schedulePreview(Fsrs fsrs) {
        return new SchedulePreview(fsrs);
    }

    @Bean
    MasteryModel masteryModel() {
        return new MasteryModel();
    }

    @Bean
    ReadinessModel readinessModel(ScaledScore examScale) {
        return new ReadinessModel(ReadinessParameters.defaults(), examScale);
    }

    @Bean
    RecommendationPolicy recommendationPolicy(Fsrs fsrs) {
        return new RecommendationPolicy(fsrs);
    }

    @Bean
    StudyPlanner studyPlanner(ReadinessModel readiness, MasteryModel mastery) {
        return new StudyPlanner(readiness, mastery.parameters());
    }

    @Bean
    RedisOutboxRelay outboxRelay(StringRedisTemplate redis, KafkaTemplate<String, String> kafka, LearnerKeys keys,
                                 @Value("${mla.outbox.poll-interval:100ms}") Duration pollInterval) {
        return new RedisOutboxRelay(redis, kafka, keys.shards(), keys::outbox, keys::relayLock, pollInterval);
    }
}
