package news.indexer;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/** The bulk retry as application.yml declares it (resilience4j.retry.instances.elasticsearch-bulk), with test timings. */
final class TestRetries {
    private TestRetries() {}

    static RetryRegistry registry(int maxAttempts, Duration initial, Duration max) {
        RetryRegistry registry = RetryRegistry.ofDefaults();
        registry.retry(BulkIndexWriter.RETRY, RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(initial, 2.0, 0.5, max))
                .retryExceptions(BulkIndexWriter.TransientIndexException.class, IOException.class, UncheckedIOException.class)
                .build());
        return registry;
    }
}
