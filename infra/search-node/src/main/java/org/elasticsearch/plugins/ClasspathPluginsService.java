package org.elasticsearch.plugins;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PluginsService whose plugins are classes already on the classpath. Exists because there is no
 * distribution with a plugins/ directory here, and the hooks it needs are package-private.
 */
public class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> classpathPlugins;
    private final PluginsAndModules classpathInfo;

    /** @param pluginClasses plugin name to plugin class, in load order */
    public ClasspathPluginsService(Settings settings, Path configDir, Map<String, Class<? extends Plugin>> pluginClasses) {
        super(settings, configDir, new PluginsLoader(Set.of(), Set.of(), Map.of()));
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (Map.Entry<String, Class<? extends Plugin>> entry : pluginClasses.entrySet()) {
            Class<? extends Plugin> pluginClass = entry.getValue();
            PluginDescriptor descriptor = new PluginDescriptor(
                entry.getKey(),
                "classpath plugin " + pluginClass.getName(),
                Build.current().version(),
                Build.current().version(),
                Integer.toString(Runtime.version().feature()),
                pluginClass.getName(),
                null,
                List.of(),
                false,
                false,
                false,
                false,
                PluginDescriptor.DeploymentTarget.ALL
            );
            Plugin instance = loadPlugin(pluginClass, settings, configDir);
            loaded.add(new LoadedPlugin(descriptor, instance, pluginClass.getClassLoader()));
        }
        loadExtensions(loaded);
        this.classpathPlugins = List.copyOf(loaded);
        this.classpathInfo = new PluginsAndModules(
            loaded.stream().map(p -> new PluginRuntimeInfo(p.descriptor())).toList(),
            List.of()
        );
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return classpathPlugins;
    }

    @Override
    public PluginsAndModules info() {
        return classpathInfo;
    }
}
