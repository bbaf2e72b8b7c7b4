package autogen.model;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The class loader over the user's class path. The entity classes the scanner found in folders it defines from
 * the bytes the scanner already holds, without asking its parent first: the parent is autogen's own class path,
 * and asking it costs a look into each of its jars for every entity class, only to learn it is not there.
 * Every other class is found the usual way, parent first, so the entities share autogen's JPA and Hibernate
 * types. An entity package without a package-info gets an empty one ({@link EmptyPackageInfo} says why).
 */
final class EntityClassLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, ClassPathScanner.FoundClass> definitions = new HashMap<>();
    private final Map<Path, CodeSource> sources = new HashMap<>();
    private final Map<String, String> packageInfos = new HashMap<>();

    /**
     * A loader over {@code urls} that defines {@code definitions} itself, and an empty package-info for each of
     * {@code entityPackages} that has none.
     */
    EntityClassLoader(URL[] urls, ClassLoader parent, List<ClassPathScanner.FoundClass> definitions,
                      Collection<String> entityPackages) {
        super(urls, parent);
        for (ClassPathScanner.FoundClass found : definitions) {
            this.definitions.put(found.name(), found);
            sources.computeIfAbsent(found.entry(), EntityClassLoader::codeSource);
        }
        entityPackages.forEach(p -> packageInfos.put(EmptyPackageInfo.className(p), p));
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        ClassPathScanner.FoundClass found = definitions.get(name);
        String packageName = packageInfos.get(name);
        if (found == null && packageName == null) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null && found != null) {
                byte[] classFile = found.classFile();
                type = defineClass(name, classFile, 0, classFile.length, sources.get(found.entry()));
            } else if (type == null) {
                try {
                    return super.loadClass(name, resolve); // the user's own package-info, wherever it is
                } catch (ClassNotFoundException none) {
                    byte[] classFile = EmptyPackageInfo.classFile(packageName);
                    type = defineClass(name, classFile, 0, classFile.length);
                }
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    // The same code source URLClassLoader gives a class from that folder.
    private static CodeSource codeSource(Path entry) {
        try {
            return new CodeSource(entry.toUri().toURL(), (CodeSigner[]) null);
        } catch (MalformedURLException e) {
            throw new ModelReadException("class path entry is not a valid location: " + entry, e);
        }
    }
}
