package news.service.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.util.backoff.BackOffExecution;

class NeverSkipBatchesTest {

    @Test
    void theContainerGetsAnErrorHandlerThatNeverGivesUp() {
        KafkaMessageListenerContainer<byte[], byte[]> container = new KafkaMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(Map.of()), containerProperties());
        new NeverSkipBatches().configure(container, "news.classified", "indexer");
        assertThat(container.getCommonErrorHandler()).isInstanceOf(DefaultErrorHandler.class);
    }

    /** A day of failures later the backoff still says "try again" (a STOP would recover, i.e. skip and commit). */
    @Test
    void theBackOffDoublesUpToAMinuteAndNeverStops() {
        BackOffExecution execution = NeverSkipBatches.backOff().start();
        assertThat(execution.nextBackOff()).isEqualTo(1_000);
        assertThat(execution.nextBackOff()).isEqualTo(2_000);
        long waited = 3_000;
        long last = 0;
        while (waited < 86_400_000L) {
            last = execution.nextBackOff();
            assertThat(last).isNotEqualTo(BackOffExecution.STOP);
            waited += last;
        }
        assertThat(last).isEqualTo(60_000);
    }

    private static ContainerProperties containerProperties() {
        ContainerProperties p = new ContainerProperties("news.classified");
        p.setMessageListener((BatchMessageListener<byte[], byte[]>) records -> {});
        return p;
    }
}
