package news.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param alias       the index alias to search
 * @param defaultSize results per page when none is asked for
 * @param maxSize     largest page size a client may ask for
 * @param maxWindow   page * size may not go beyond this (deep paging is expensive)
 * @param facetSize   buckets per facet
 */
@ConfigurationProperties("news.search")
public record SearchProperties(String alias, int defaultSize, int maxSize, int maxWindow, int facetSize) {}
