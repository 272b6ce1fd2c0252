package news.gateway;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param corsAllowedOrigins origins the search front-end is served from (empty: no cross-origin access)
 * @param rateLimitPerSecond requests per client per second (client = a verified read key, else the remote address)
 *                           (the {@code search-client} rate-limiter config in application.yml takes it)
 */
@ConfigurationProperties("news.gateway")
public record GatewayProperties(List<String> corsAllowedOrigins, int rateLimitPerSecond) {}
