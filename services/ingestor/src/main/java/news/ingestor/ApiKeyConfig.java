package news.ingestor;

import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the API-key check in front of every ingest endpoint (management endpoints live on their own port). */
@Configuration
@ConditionalOnProperty(name = "news.ingest.auth.enabled", havingValue = "true", matchIfMissing = true)
class ApiKeyConfig implements WebMvcConfigurer {
    private static final Logger log = LoggerFactory.getLogger(ApiKeyConfig.class);

    private final ApiKeyInterceptor interceptor;

    ApiKeyConfig(ApiKeyProperties properties, Clock clock) {
        Path file = properties.keysFile() == null || properties.keysFile().isBlank() ? null : Path.of(properties.keysFile());
        ApiKeys keys = new ApiKeys(file, properties.keys(), clock, properties.recheckEvery());
        // Counts and the file path only: never a key or a hash.
        log.info("api keys: {} active (file={}, inline={})", keys.activeKeys(), file,
                properties.keys() != null && !properties.keys().isBlank());
        if (keys.activeKeys() == 0) {
            log.warn("no active API key is configured: every ingest request will be refused (create one with ./news keys create NEWSROOM)");
        }
        this.interceptor = new ApiKeyInterceptor(keys, properties);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor).addPathPatterns("/api/**");
    }
}
