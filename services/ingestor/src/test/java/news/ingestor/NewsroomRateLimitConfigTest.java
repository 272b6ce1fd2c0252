package news.ingestor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.springboot.ratelimiter.autoconfigure.RateLimiterAutoConfiguration;
import io.github.resilience4j.springboot.ratelimiter.autoconfigure.RateLimiterMetricsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The per-newsroom rate limit is the config application.yml declares (resilience4j.ratelimiter.configs.newsroom, fed
 * by NEWS_INGEST_RATE_LIMIT): a changed setting changes how many requests pass, each newsroom's limiter is in the
 * registry, and its metrics reach Micrometer (so /actuator/prometheus) tagged with the newsroom.
 */
class NewsroomRateLimitConfigTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RateLimiterAutoConfiguration.class, RateLimiterMetricsAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            // the service's application.yml (and what it imports), read as Spring Boot reads it at start-up
            .withInitializer(new ConfigDataApplicationContextInitializer());

    @Test
    void theDeclaredConfigIsFiftyPerSecondWithoutWaiting() {
        runner.run(context -> {
            RateLimiter limiter = context.getBean(RateLimiterRegistry.class).rateLimiter("pyrb", ApiKeyFilter.CONFIG);
            assertThat(limiter.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(50);
            assertThat(limiter.getRateLimiterConfig().getLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(1));
            assertThat(limiter.getRateLimiterConfig().getTimeoutDuration()).isEqualTo(Duration.ZERO);
        });
    }

    @Test
    void theEnvVariableChangesHowManyRequestsPass() {
        runner.withPropertyValues("NEWS_INGEST_RATE_LIMIT=3",
                "resilience4j.ratelimiter.configs.newsroom.limit-refresh-period=1h").run(context -> {
            RateLimiter limiter = context.getBean(RateLimiterRegistry.class).rateLimiter("pyrb", ApiKeyFilter.CONFIG);
            int passed = 0;
            for (int i = 0; i < 10; i++) {
                passed += limiter.acquirePermission() ? 1 : 0;
            }
            assertThat(passed).isEqualTo(3);
        });
    }

    @Test
    void eachNewsroomsLimiterReachesMicrometerTaggedWithItsName() {
        runner.run(context -> {
            context.getBean(RateLimiterRegistry.class).rateLimiter("xhrb", ApiKeyFilter.CONFIG).acquirePermission();
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.find("resilience4j.ratelimiter.available.permissions").tag("name", "xhrb").gauge())
                    .isNotNull();
            assertThat(meters.find("resilience4j.ratelimiter.available.permissions").tag("name", "xhrb").gauge().value())
                    .isEqualTo(49.0);
        });
    }
}
