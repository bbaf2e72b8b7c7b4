package autogen.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.registry.selector.spi.StrategySelector;
import org.hibernate.cfg.AvailableSettings;

/**
 * Hibernate's boot metamodel of some entity classes, built offline for PostgreSQL; closing it releases the
 * service registry and the class loader over the user's class path.
 */
final class BootModel implements AutoCloseable {
    /** The PostgreSQL release the dialect targets; the JDBC metadata that would tell it is off. */
    static final String POSTGRES_MAJOR_VERSION = "16";

    private final URLClassLoader loader;
    private final StandardServiceRegistry registry;
    private final Metadata metadata;

    private BootModel(URLClassLoader loader, StandardServiceRegistry registry, Metadata metadata) {
        this.loader = loader;
        this.registry = registry;
        this.metadata = metadata;
    }

    /** Finds the entity classes of {@code source} and builds their metadata. */
    static BootModel open(ModelSource source) {
        return open(source, ClassPathFiles.read(source.classPath()));
    }

    /** Finds the entity classes of {@code source}, whose folders {@code files} holds, and builds their metadata. */
    static BootModel open(ModelSource source, ClassPathFiles files) {
        List<ClassPathScanner.FoundClass> candidates = new ClassPathScanner(source.packages()).candidates(files);
        List<ClassPathScanner.FoundClass> inFolders = candidates.stream()
                .filter(found -> files.folder(found.entry()).isPresent())
                .toList();
        Set<String> packages = candidates.stream().map(found -> packageOf(found.name())).filter(p -> !p.isEmpty())
                .collect(Collectors.toSet());
        URLClassLoader loader = new EntityClassLoader(urls(source.classPath()), BootModel.class.getClassLoader(),
                inFolders, packages);
        try {
            List<Class<?>> classes = EntityClasses.load(candidates.stream().map(ClassPathScanner.FoundClass::name)
                    .toList(), loader);
            if (classes.isEmpty()) {
                throw new ModelReadException("no entity classes found in packages " + source.packages()
                        + " on class path " + source.classPath());
            }
            Map<String, String> settings = SpringBootSettings.over(loader, source.hibernateSettings());
            StandardServiceRegistry registry = registry(loader, settings);
            Metadata metadata = metadata(registry, classes, settings, loader);
            try {
                BeanValidationDdl.apply(metadata, registry, loader, settings);
            } catch (RuntimeException e) {
                StandardServiceRegistryBuilder.destroy(registry);
                throw e;
            }
            return new BootModel(loader, registry, metadata);
        } catch (LinkageError | ServiceConfigurationError e) {
            ModelReadException problem = ClassProblems.of(e, loader);
            closeQuietly(loader, problem);
            throw problem;
        } catch (RuntimeException e) {
            closeQuietly(loader, e);
            throw e;
        }
    }

    private static void closeQuietly(URLClassLoader loader, Exception failure) {
        try {
            loader.close();
        } catch (IOException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    Metadata metadata() {
        return metadata;
    }

    /** The loader over the user's class path, for saying where a class came from. */
    ClassLoader classLoader() {
        return loader;
    }

    StandardServiceRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        try {
            StandardServiceRegistryBuilder.destroy(registry);
        } finally {
            closeLoader();
        }
    }

    private static StandardServiceRegistry registry(ClassLoader loader, Map<String, String> userSettings) {
        Map<String, Object> settings = new LinkedHashMap<>();
        // No connection exists; without this Hibernate would open one to learn the database and its version.
        settings.put(AvailableSettings.ALLOW_METADATA_ON_BOOT, "false");
        // Naming the product selects PostgreSQLDialect; naming the dialect as well only earns warning HHH90000025.
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, "PostgreSQL");
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, POSTGRES_MAJOR_VERSION);
        settings.putAll(userSettings);
        try {
            var bootstrap = new BootstrapServiceRegistryBuilder()
                    .applyClassLoaderService(new ProjectClassLoading(loader));
            ContributedServices.applyIntegrators(bootstrap, userSettings, loader);
            return new StandardServiceRegistryBuilder(bootstrap.build()).applySettings(settings).build();
        } catch (HibernateException e) {
            throw new ModelReadException("Hibernate rejected the settings: " + Failures.rootMessage(e), e);
        }
    }

    private static Metadata metadata(StandardServiceRegistry registry, List<Class<?>> classes,
                                     Map<String, String> userSettings, ClassLoader loader) {
        MetadataBuilder builder;
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            // The builder resolves the naming strategies and other settings that name classes.
            builder = sources.getMetadataBuilder();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new ModelReadException("Hibernate rejected the settings: " + Failures.rootMessage(e), e);
        }
        try {
            // The configured strategy names tables and columns; autogen's convention names the keys and indexes.
            String implicit = userSettings.get(AvailableSettings.IMPLICIT_NAMING_STRATEGY);
            builder.applyImplicitNamingStrategy(new ConventionNamingStrategy(implicit == null
                    ? ImplicitNamingStrategyJpaCompliantImpl.INSTANCE
                    : registry.requireService(StrategySelector.class).resolveStrategy(ImplicitNamingStrategy.class,
                            implicit)));
            ContributedServices.applyToMetadata(builder, userSettings, loader);
            return builder.build();
        } catch (ModelReadException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new ModelReadException("Hibernate rejected the entities: " + Failures.rootMessage(e), e);
        }
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    static URL[] urls(List<Path> classPath) {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classPath) {
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new ModelReadException("class path entry is not a valid location: " + entry, e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    private void closeLoader() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
