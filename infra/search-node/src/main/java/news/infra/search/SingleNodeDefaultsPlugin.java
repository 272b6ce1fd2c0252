package news.infra.search;

import org.elasticsearch.cluster.metadata.IndexMetadata;
import org.elasticsearch.index.IndexSettingProvider;
import org.elasticsearch.plugins.Plugin;

import java.util.Collection;
import java.util.List;

/**
 * Makes new indices default to 0 replicas on this single node so they go green; a template or a create
 * request that sets number_of_replicas still wins (default-level settings, not an override).
 */
public class SingleNodeDefaultsPlugin extends Plugin {

    @Override
    public Collection<IndexSettingProvider> getAdditionalIndexSettingProviders(IndexSettingProvider.Parameters parameters) {
        IndexSettingProvider zeroReplicas = (indexName, dataStream, mode, project, resolvedAt, requested, mappings, version, settings) -> {
            if (requested.hasValue(IndexMetadata.SETTING_NUMBER_OF_REPLICAS) == false
                && requested.hasValue(IndexMetadata.SETTING_AUTO_EXPAND_REPLICAS) == false) {
                settings.put(IndexMetadata.SETTING_NUMBER_OF_REPLICAS, 0);
            }
        };
        return List.of(zeroReplicas);
    }
}
