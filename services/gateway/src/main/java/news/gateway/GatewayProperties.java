package news.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param corsAllowedOrigins origins the search front-end is served from (empty: no cross-origin access)
 * @param rateLimitPerSecond requests per client per second (client = a verified read key, else the remote address)
 * @param breakerFailureRate percentage of failed Elasticsearch calls that opens the circuit
 * @param breakerOpenFor     how long the circuit stays open (503 at once) before trying again
 */
@ConfigurationProperties("news.gateway")
public record GatewayProperties(List<String> corsAllowedOrigins, int rateLimitPerSecond, float breakerFailureRate,
                                Duration breakerOpenFor) {}
