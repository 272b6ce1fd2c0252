package news.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * For before/after benchmarks in one JVM ({@code ./news bench text compare=}, {@code ./news bench enrich --compare}):
 * a loader that takes the classes of one package tree (and its resources) from another build's classes folder first,
 * everything else (libraries, the model records, the JDK) from its parent, so that both builds share them.
 */
public final class ChildFirstClassLoader extends URLClassLoader {
    private final String classPrefix;
    private final String resourcePrefix;

    /** @param packagePrefix e.g. {@code news.text}: classes named {@code news.text.…} come from {@code folder} */
    public ChildFirstClassLoader(Path folder, String packagePrefix, ClassLoader parent) throws MalformedURLException {
        super(packagePrefix + "-" + folder.getFileName(), new URL[] {folder.toUri().toURL()}, parent);
        this.classPrefix = packagePrefix + ".";
        this.resourcePrefix = packagePrefix.replace('.', '/') + "/";
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(classPrefix)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = findClass(name);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = name.startsWith(resourcePrefix) ? findResource(name) : null;
        return own != null ? own : super.getResource(name);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        URL url = getResource(name);
        try {
            return url == null ? null : url.openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
