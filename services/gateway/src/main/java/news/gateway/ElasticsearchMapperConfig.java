package news.gateway;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import news.model.EventCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch client reads {@code _source} with the events' own mapper, so hits decode straight into
 * {@link news.model.NewsDocument} (one parse) instead of generic JSON that is printed and parsed again.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchMapperConfig {
    @Bean
    JsonpMapper jsonpMapper() {
        return new Jackson3JsonpMapper(EventCodec.mapper());
    }
}
