package news.ingestor;

import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** Puts the API-key check in front of every ingest endpoint (management endpoints live on their own port). */
@Configuration
@ConditionalOnProperty(name = "news.ingest.auth.enabled", havingValue = "true", matchIfMissing = true)
class ApiKeyConfig {
    private static final Logger log = LoggerFactory.getLogger(ApiKeyConfig.class);

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ApiKeyProperties properties, Clock clock,
            RateLimiterRegistry rateLimiters, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        Path file = properties.keysFile() == null || properties.keysFile().isBlank() ? null : Path.of(properties.keysFile());
        ApiKeys keys = new ApiKeys(file, properties.keys(), clock, properties.recheckEvery());
        // Counts and the file path only: never a key or a hash.
        log.info("api keys: {} active (file={}, inline={})", keys.activeKeys(), file,
                properties.keys() != null && !properties.keys().isBlank());
        if (keys.activeKeys() == 0) {
            log.warn("no active API key is configured: every ingest request will be refused (create one with ./news keys create NEWSROOM)");
        }
        FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(new ApiKeyFilter(keys, rateLimiters, problems));
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
