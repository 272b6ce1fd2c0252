package news.service.stream;

import java.time.Duration;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * For batch consumers that do their own retries and dead letters: a batch whose listener throws (Kafka did not
 * acknowledge an output or a dead letter, Elasticsearch stayed down) is retried again and again, with backoff doubling
 * from a second up to a minute, instead of the default "retry a few times, log and skip". Its offsets are not
 * committed meanwhile: an outage stalls the stage, it never loses news. Declare it as a bean in the service.
 */
public final class NeverSkipBatches implements ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> {
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group) {
        container.setCommonErrorHandler(errorHandler());
    }

    /** The handler set on every container: retries forever, never recovers (recovering would commit). */
    public static DefaultErrorHandler errorHandler() {
        return new DefaultErrorHandler(backOff());
    }

    /** Doubling from a second to a minute, and never STOP (a STOP would recover the batch: skip it and commit). */
    static ExponentialBackOff backOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(FIRST_BACKOFF.toMillis(), 2.0);
        backOff.setMaxInterval(MAX_BACKOFF.toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return backOff;
    }
}
