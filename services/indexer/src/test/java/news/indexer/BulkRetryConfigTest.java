package news.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration;
import io.github.resilience4j.springboot.retry.autoconfigure.RetryMetricsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The bulk retry is the instance application.yml declares (resilience4j.retry.instances.elasticsearch-bulk, fed by
 * news.index.*): a changed setting changes how often a batch is tried, and its metrics reach Micrometer.
 */
class BulkRetryConfigTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RetryAutoConfiguration.class, RetryMetricsAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            // the service's application.yml (and what it imports), read as Spring Boot reads it at start-up
            .withInitializer(new ConfigDataApplicationContextInitializer())
            // no real waiting in a unit test
            .withPropertyValues("news.index.initial-backoff=1ms", "news.index.max-backoff=2ms");

    @Test
    void theDeclaredInstanceTakesTheIndexSettings() {
        runner.run(context -> {
            RetryRegistry registry = context.getBean(RetryRegistry.class);
            assertThat(registry.getAllRetries()).extracting(Retry::getName).contains(BulkIndexWriter.RETRY);
            assertThat(registry.retry(BulkIndexWriter.RETRY).getRetryConfig().getMaxAttempts()).isEqualTo(6);
        });
    }

    @Test
    void aChangedMaxAttemptsChangesHowOftenABatchIsTried() {
        runner.withPropertyValues("news.index.max-attempts=3").run(context -> {
            Retry retry = context.getBean(RetryRegistry.class).retry(BulkIndexWriter.RETRY);
            AtomicInteger calls = new AtomicInteger();
            assertThatThrownBy(() -> retry.executeRunnable(() -> {
                calls.incrementAndGet();
                throw new BulkIndexWriter.TransientIndexException("429 from Elasticsearch");
            })).isInstanceOf(BulkIndexWriter.TransientIndexException.class);
            assertThat(calls).hasValue(3);

            calls.set(0);
            assertThatThrownBy(() -> retry.executeRunnable(() -> {
                calls.incrementAndGet();
                throw new IllegalStateException("not transient");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(calls).as("only the declared exceptions are retried").hasValue(1);
        });
    }

    @Test
    void itsMetricsReachMicrometer() {
        runner.run(context -> {
            context.getBean(RetryRegistry.class).retry(BulkIndexWriter.RETRY).executeRunnable(() -> {});
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.find("resilience4j.retry.calls").tag("name", BulkIndexWriter.RETRY)
                    .tag("kind", "successful_without_retry").functionCounter().count()).isEqualTo(1.0);
        });
    }
}
