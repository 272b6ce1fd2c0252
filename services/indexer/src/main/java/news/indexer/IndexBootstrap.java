package news.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import news.model.EventCodec;
import tools.jackson.databind.JsonNode;
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
        byte[] template;
        try (InputStream in = new ClassPathResource(TEMPLATE_RESOURCE).getInputStream()) {
            template = in.readAllBytes();
        }
        client.indices().putIndexTemplate(t -> t.name(properties.templateName()).withJson(new ByteArrayInputStream(template)));
        if (client.indices().existsAlias(a -> a.name(properties.alias())).value()) {
            // New fields are additive: apply them to the live index too, or the strict mapping would refuse (and
            // dead-letter) every document that carries them. Incompatible changes need a new index version.
            String mappings = EventCodec.mapper().readTree(template).path("template").path("mappings").toString();
            client.indices().putMapping(m -> m.index(properties.alias()).withJson(new StringReader(mappings)));
            // The refresh interval and the merge policy are dynamic settings: the live index takes the template's too.
            String settings = dynamicSettings(EventCodec.mapper().readTree(template).path("template").path("settings"));
            if (settings != null) {
                client.indices().putSettings(p -> p.index(properties.alias())
                        .settings(st -> st.withJson(new StringReader(settings))));
            }
            log.info("index alias exists alias={}; mapping, refresh interval and merge policy updated from the template",
                    properties.alias());
            return;
        }
        try {
            client.indices().create(c -> c.index(properties.indexName()).aliases(properties.alias(), a -> a.isWriteIndex(true)));
            log.info("created index index={} alias={}", properties.indexName(), properties.alias());
        } catch (ElasticsearchException e) {
            // Several indexers starting together on a new stack (NEWS_INSTANCES=2 ./news up) all see no alias and all
            // create the index: one wins, and its create carried the alias. Losing that race is not a failed start.
            if (!alreadyExists(e)) {
                throw e;
            }
            log.info("index created meanwhile by another indexer index={} alias={}", properties.indexName(), properties.alias());
        }
    }

    /**
     * The template's settings that a live index can take: refresh interval and merge policy (null: neither is set). The
     * merge policy is written as flat keys ({@code merge.policy.floor_segment}): the typed client reads no nested ones.
     */
    static String dynamicSettings(JsonNode settings) {
        tools.jackson.databind.node.ObjectNode index = EventCodec.mapper().createObjectNode();
        settings.properties().forEach(setting -> {
            if (setting.getKey().equals("refresh_interval") || setting.getKey().startsWith("merge.policy.")) {
                index.set(setting.getKey(), setting.getValue());
            }
        });
        return index.isEmpty() ? null : index.toString();
    }

    static boolean alreadyExists(ElasticsearchException e) {
        return e.error() != null && "resource_already_exists_exception".equals(e.error().type());
    }
}
