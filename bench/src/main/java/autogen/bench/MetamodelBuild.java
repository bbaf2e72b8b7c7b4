package autogen.bench;

import autogen.model.ModelSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Hibernate's boot metamodel alone, built as autogen's model reader builds it (offline, PostgreSQL, autogen's
 * naming strategy), so that the model-reading phase splits into Hibernate's share and autogen's.
 */
final class MetamodelBuild {
    private MetamodelBuild() {
    }

    /** Builds and discards the metamodel; returns the number of entity bindings. */
    static int build(ModelSource source) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(urls(source.classPath()), MetamodelBuild.class.getClassLoader())) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put(AvailableSettings.ALLOW_METADATA_ON_BOOT, "false");
            settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, "PostgreSQL");
            settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, "16");
            var bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings)
                    .build();
            try {
                MetadataSources sources = new MetadataSources(registry);
                for (Class<?> entity : entityClasses(source.classPath().get(0), loader)) {
                    sources.addAnnotatedClass(entity);
                }
                MetadataBuilder builder = sources.getMetadataBuilder();
                builder.applyImplicitNamingStrategy(conventionNaming());
                Metadata metadata = builder.build();
                return metadata.getEntityBindings().size();
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        }
    }

    /** The {@code @Entity} classes under a classes directory. */
    static List<Class<?>> entityClasses(Path classes, ClassLoader loader) throws ClassNotFoundException {
        List<Class<?>> entities = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                    entities.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entities;
    }

    // autogen's strategy is package-private; the benchmark reaches it reflectively to build the same metamodel.
    private static ImplicitNamingStrategy conventionNaming() throws ReflectiveOperationException {
        var constructor = Class.forName("autogen.model.ConventionNamingStrategy").getDeclaredConstructor();
        constructor.setAccessible(true);
        return (ImplicitNamingStrategy) constructor.newInstance();
    }

    private static URL[] urls(List<Path> classPath) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classPath) {
            urls.add(entry.toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}
