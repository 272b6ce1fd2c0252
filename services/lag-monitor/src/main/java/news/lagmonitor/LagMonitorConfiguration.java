package news.lagmonitor;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LagMonitorConfiguration {

    @Bean(destroyMethod = "close")
    KafkaOffsetReader kafkaOffsetReader(LagMonitorProperties props) {
        return new KafkaOffsetReader(props, Clock.systemUTC());
    }

    @Bean
    LagMetrics lagMetrics(MeterRegistry registry) {
        return new LagMetrics(registry);
    }

    @Bean
    LagMonitor lagMonitor(LagMonitorProperties props, KafkaOffsetReader reader, LagMetrics metrics) {
        return new LagMonitor(props, reader, metrics);
    }
}
