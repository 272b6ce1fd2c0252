package news.search;

/**
 * The search settings the request building needs (bound from {@code news.search.*} by the gateway).
 *
 * @param alias       the index alias to search
 * @param defaultSize results per page when none is asked for
 * @param maxSize     largest page size a client may ask for
 * @param maxWindow   page * size may not go beyond this (deep paging is expensive)
 * @param facetSize   buckets per facet
 */
public record SearchLimits(String alias, int defaultSize, int maxSize, int maxWindow, int facetSize) {}
