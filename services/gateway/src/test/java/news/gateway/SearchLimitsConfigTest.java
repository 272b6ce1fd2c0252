package news.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.springboot.bulkhead.autoconfigure.BulkheadAutoConfiguration;
import io.github.resilience4j.springboot.timelimiter.autoconfigure.TimeLimiterAutoConfiguration;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The time limit and the per-client bulkheads as application.yml declares them, and their env overrides. */
class SearchLimitsConfigTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TimeLimiterAutoConfiguration.class, BulkheadAutoConfiguration.class))
            // the service's application.yml (and what it imports), read as Spring Boot reads it at start-up
            .withInitializer(new ConfigDataApplicationContextInitializer());

    @Test
    void theDeclaredDefaults() {
        runner.run(context -> {
            var timeLimit = context.getBean(TimeLimiterRegistry.class).timeLimiter(SearchBackend.TIME_LIMIT).getTimeLimiterConfig();
            assertThat(timeLimit.getTimeoutDuration()).isEqualTo(Duration.ofSeconds(10));
            assertThat(timeLimit.shouldCancelRunningFuture()).isTrue();
            var expensive = context.getBean(TimeLimiterRegistry.class).timeLimiter(SearchBackend.EXPENSIVE_TIME_LIMIT)
                    .getTimeLimiterConfig();
            assertThat(expensive.getTimeoutDuration()).isEqualTo(Duration.ofSeconds(6));
            assertThat(expensive.shouldCancelRunningFuture()).isTrue();
            BulkheadRegistry bulkheads = context.getBean(BulkheadRegistry.class);
            assertThat(bulkheads.getConfiguration(ClientBulkhead.CONFIG).orElseThrow().getMaxConcurrentCalls()).isEqualTo(4);
            assertThat(bulkheads.getConfiguration(ClientBulkhead.EXPENSIVE_CONFIG).orElseThrow().getMaxConcurrentCalls()).isEqualTo(1);
            assertThat(bulkheads.getConfiguration(ClientBulkhead.CONFIG).orElseThrow().getMaxWaitDuration()).isZero();
        });
    }

    @Test
    void theEnvVariablesOverrideThem() {
        runner.withPropertyValues("NEWS_GATEWAY_SEARCH_TIME_LIMIT=2500ms", "NEWS_GATEWAY_EXPENSIVE_SEARCH_TIME_LIMIT=2s",
                "NEWS_GATEWAY_CONCURRENT_SEARCHES=8",
                "NEWS_GATEWAY_CONCURRENT_EXPENSIVE_SEARCHES=2").run(context -> {
            assertThat(context.getBean(TimeLimiterRegistry.class).timeLimiter(SearchBackend.TIME_LIMIT)
                    .getTimeLimiterConfig().getTimeoutDuration()).isEqualTo(Duration.ofMillis(2500));
            assertThat(context.getBean(TimeLimiterRegistry.class).timeLimiter(SearchBackend.EXPENSIVE_TIME_LIMIT)
                    .getTimeLimiterConfig().getTimeoutDuration()).isEqualTo(Duration.ofSeconds(2));
            BulkheadRegistry bulkheads = context.getBean(BulkheadRegistry.class);
            assertThat(bulkheads.getConfiguration(ClientBulkhead.CONFIG).orElseThrow().getMaxConcurrentCalls()).isEqualTo(8);
            assertThat(bulkheads.getConfiguration(ClientBulkhead.EXPENSIVE_CONFIG).orElseThrow().getMaxConcurrentCalls()).isEqualTo(2);
        });
    }
}
