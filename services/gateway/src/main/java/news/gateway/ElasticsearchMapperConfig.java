package news.gateway;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import news.model.EventCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch client reads {@code _source} with the events' own mapper, so hits decode straight into
 * {@link news.model.NewsDocument} (one parse) instead of generic JSON that is printed and parsed again. Searches use
 * the asynchronous client on the same transport: its future can be cancelled past the time limit (SearchBackend),
 * which the blocking client's call cannot.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchMapperConfig {
    @Bean
    JsonpMapper jsonpMapper() {
        return new Jackson3JsonpMapper(EventCodec.mapper());
    }

    @Bean
    ElasticsearchAsyncClient elasticsearchAsyncClient(ElasticsearchTransport transport) {
        return new ElasticsearchAsyncClient(transport);
    }
}
