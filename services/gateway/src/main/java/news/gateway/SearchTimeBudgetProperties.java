package news.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The budgets of Elasticsearch time ({@code news.gateway.search-time.*}, {@link SearchTimeBudgets}).
 *
 * @param clientMsPerSecond    search time (the node's {@code took}) a client earns per second; its long-run share
 * @param clientBurstMs        the most a client can have saved up, and what a new client starts with
 * @param expensiveMsPerSecond search time all expensive searches together earn per second (one shared budget)
 * @param expensiveBurstMs     the most the shared expensive budget can have saved up
 */
@ConfigurationProperties("news.gateway.search-time")
public record SearchTimeBudgetProperties(long clientMsPerSecond, long clientBurstMs, long expensiveMsPerSecond,
                                         long expensiveBurstMs) {}
