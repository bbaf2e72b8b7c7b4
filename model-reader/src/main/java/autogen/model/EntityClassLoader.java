package autogen.model;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The class loader over the user's class path. The entity classes the scanner found in folders it defines from
 * the bytes the scanner already holds, without asking its parent first: the parent is autogen's own class path,
 * and asking it costs a look into each of its jars for every entity class, only to learn it is not there.
 * Every other class is found the usual way, parent first, so the entities share autogen's JPA and Hibernate
 * types.
 */
final class EntityClassLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, ClassPathScanner.FoundClass> definitions = new HashMap<>();
    private final Map<Path, CodeSource> sources = new HashMap<>();

    /** A loader over {@code urls} that defines {@code definitions} itself. */
    EntityClassLoader(URL[] urls, ClassLoader parent, List<ClassPathScanner.FoundClass> definitions) {
        super(urls, parent);
        for (ClassPathScanner.FoundClass found : definitions) {
            this.definitions.put(found.name(), found);
            sources.computeIfAbsent(found.entry(), EntityClassLoader::codeSource);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        ClassPathScanner.FoundClass found = definitions.get(name);
        if (found == null) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                byte[] classFile = found.classFile();
                type = defineClass(name, classFile, 0, classFile.length, sources.get(found.entry()));
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
