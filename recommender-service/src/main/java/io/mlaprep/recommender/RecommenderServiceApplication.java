package io.mlaprep.recommender;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.mlaprep.contracts.ScaledScore;
import io.mlaprep.recommender.mastery.domain.MasteryModel;
import io.mlaprep.recommender.mastery.domain.MasteryParameters;
import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.recommender.memory.domain.SchedulePreview;
import io.mlaprep.recommender.plan.domain.StudyPlanner;
import io.mlaprep.recommender.policy.domain.RecommendationPolicy;
import io.mlaprep.recommender.readiness.domain.ReadinessModel;
import io.mlaprep.recommender.readiness.domain.ReadinessParameters;
import io.mlaprep.recommender.redis.RedisKeys;
import io.mlaprep.runtime.NettyLeakDetection;
import io.mlaprep.servicedefaults.EnableServiceDefaults;
import io.mlaprep.servicedefaults.exam.ExamScaleConfiguration;
import io.mlaprep.servicedefaults.inbound.EventDelays;
import io.mlaprep.servicedefaults.inbound.EventSchemas;
import io.mlaprep.servicedefaults.inbound.InboundEvents;
import io.mlaprep.servicedefaults.inbound.RedisEventClaims;
import io.mlaprep.servicedefaults.outbox.OutboxRelay;
import io.mlaprep.servicedefaults.outbox.OutboxSettings;
import io.mlaprep.servicedefaults.outbox.RedisOutboxWakeUps;
import io.mlaprep.servicedefaults.outbox.RedisOutboxes;
import io.mlaprep.servicedefaults.tracing.MessageTracing;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

@SpringBootApplication
@EnableServiceDefaults
@Import(ExamScaleConfiguration.class)
public class RecommenderServiceApplication {

    public static void main(String[] args) {
        NettyLeakDetection.offUnlessConfigured();
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
    MasteryModel masteryModel(@Value("${mla.mastery.learning-rate-sd}") double learningRateSd) {
        return new MasteryModel(MasteryParameters.defaults().withLearningRateSd(learningRateSd));
    }

    /** Counts every readiness prediction as {@code mla_readiness_computations_total}: one per answer, two per plan. */
    @Bean
    ReadinessModel readinessModel(ScaledScore examScale, MeterRegistry registry) {
        Counter predictions = Counter.builder("mla.readiness.computations")
                .description("Readiness predictions computed from a learner's ability posterior").register(registry);
        return new ReadinessModel(ReadinessParameters.defaults(), examScale, predictions::increment);
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
    OutboxRelay outboxRelay(StringRedisTemplate redis, KafkaTemplate<String, String> kafka, RedisKeys keys,
                            OutboxSettings settings, MessageTracing tracing) {
        return new OutboxRelay(RedisOutboxes.sharded(redis, keys.shards(), keys::outbox, keys::relayLock), kafka,
                settings, tracing);
    }

    @Bean
    RedisOutboxWakeUps outboxWakeUps(OutboxRelay relay, RedisConnectionFactory connections) {
        return new RedisOutboxWakeUps(relay, connections);
    }

    @Bean
    InboundEvents inboundEvents(StringRedisTemplate redis, JsonMapper json,
                                @Value("${mla.inbound.claim-ttl}") Duration claimTtl, MessageTracing tracing,
                                MeterRegistry meters) {
        return new InboundEvents(new EventSchemas(), json,
                new RedisEventClaims(redis, RedisKeys.claimPrefix(), claimTtl), tracing, EventDelays.recordedIn(meters));
    }
}
