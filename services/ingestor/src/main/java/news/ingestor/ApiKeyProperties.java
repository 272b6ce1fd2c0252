package news.ingestor;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled            false only for a closed test rig: then every request is attributed to {@code news.ingest.default-source}
 * @param keysFile           the keys file ({@code NEWSROOM SHA256HEX active|revoked} per line), re-read when it changes
 * @param keys               inline hashed keys {@code NEWSROOM:SHA256HEX,…} (for deployments that configure by env var)
 * @param recheckEvery       how often the keys file's modification time is looked at
 *
 * <p>The per-newsroom rate limit is the Resilience4j config {@code resilience4j.ratelimiter.configs.newsroom}
 * (application.yml, {@code NEWS_INGEST_RATE_LIMIT}).
 */
@ConfigurationProperties("news.ingest.auth")
public record ApiKeyProperties(boolean enabled, String keysFile, String keys, Duration recheckEvery) {}
