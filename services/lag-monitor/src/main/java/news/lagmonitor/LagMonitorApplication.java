package news.lagmonitor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Consumer lag of every consumer group on the broker: JSON, Prometheus metrics and a small lag view, on its own port. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LagMonitorApplication {

    public static void main(String[] args) {
        SpringApplication.run(LagMonitorApplication.class, args);
    }
}
