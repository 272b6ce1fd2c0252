package org.elasticsearch.node;

import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

import java.util.Map;

/**
 * A real Elasticsearch node whose plugins come from the classpath. Exists because the constructor
 * and the service-provider hook that make this possible are package-private in org.elasticsearch.node.
 */
public class ClasspathPluginsNode extends Node {

    public ClasspathPluginsNode(Environment environment, Map<String, Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(environment, null, new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment initialEnvironment, PluginsLoader ignored) {
                return new ClasspathPluginsService(initialEnvironment.settings(), initialEnvironment.configDir(), plugins);
            }
        }, true));
    }
}
