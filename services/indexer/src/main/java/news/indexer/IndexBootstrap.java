package news.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Installs the index template from infra/elasticsearch and creates the versioned index behind the alias if the
 * alias does not exist yet. Runs before the consumer starts, so the first document never meets a missing mapping.
 */
@Component
class IndexBootstrap implements InitializingBean {
    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);
    static final String TEMPLATE_RESOURCE = "elasticsearch/news-template.json";

    private final ElasticsearchClient client;
    private final IndexerProperties properties;

    IndexBootstrap(ElasticsearchClient client, IndexerProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        try (InputStream template = new ClassPathResource(TEMPLATE_RESOURCE).getInputStream()) {
            client.indices().putIndexTemplate(t -> t.name(properties.templateName()).withJson(template));
        }
        if (client.indices().existsAlias(a -> a.name(properties.alias())).value()) {
            log.info("index alias exists alias={}", properties.alias());
            return;
        }
        client.indices().create(c -> c.index(properties.indexName()).aliases(properties.alias(), a -> a.isWriteIndex(true)));
        log.info("created index index={} alias={}", properties.indexName(), properties.alias());
    }
}
