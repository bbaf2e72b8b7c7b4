package autogen.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.Action;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.internal.exec.ScriptTargetOutputToWriter;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.TargetDescriptor;

/**
 * Child-process entry point for the Hibernate peers: builds Hibernate's metamodel of the entity classes with a
 * JDBC connection to the database (Hibernate's defaults), then either lets the SchemaMigrator write its update
 * script to memory ({@code update}), runs the SchemaValidator ({@code validate}), or creates the schema in the
 * database as an application's {@code create} action does ({@code create}). Prints the in-JVM times.
 *
 * <p>Arguments: update|validate|create, entity classes directory, JDBC URL.
 */
public final class HibernatePeer {
    private HibernatePeer() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        String mode = args[0];
        Path classes = Path.of(args[1]);
        long start = System.nanoTime();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                HibernatePeer.class.getClassLoader())) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put(AvailableSettings.JAKARTA_JDBC_URL, args[2]);
            var bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings)
                    .build();
            try {
                MetadataSources sources = new MetadataSources(registry);
                entityClasses(classes, loader).forEach(sources::addAnnotatedClass);
                Metadata metadata = sources.buildMetadata();
                long built = System.nanoTime();
                System.out.printf("RESULT hibernate.metamodel 0 %.3f%n", (built - start) / 1e6);
                Map<String, Object> toolSettings = new HashMap<>(registry.requireService(ConfigurationService.class)
                        .getSettings());
                SchemaManagementTool tool = registry.requireService(SchemaManagementTool.class);
                ExecutionOptions options = SchemaManagementToolCoordinator.buildExecutionOptions(toolSettings,
                        ExceptionHandlerHaltImpl.INSTANCE);
                if (mode.equals("update")) {
                    StringWriter script = new StringWriter();
                    tool.getSchemaMigrator(toolSettings).doMigration(metadata, options, ContributableMatcher.ALL,
                            scriptTo(script));
                    System.out.println("INFO script_lines " + script.toString().lines().count());
                } else if (mode.equals("create")) {
                    SchemaManagementToolCoordinator.performDatabaseAction(Action.CREATE, metadata, tool, registry,
                            options, ContributableMatcher.ALL);
                } else {
                    tool.getSchemaValidator(toolSettings).doValidation(metadata, options, ContributableMatcher.ALL);
                }
                System.out.printf("RESULT hibernate.%s 0 %.3f%n", mode, (System.nanoTime() - built) / 1e6);
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        }
    }

    private static TargetDescriptor scriptTo(StringWriter script) {
        return new TargetDescriptor() {
            @Override
            public EnumSet<TargetType> getTargetTypes() {
                return EnumSet.of(TargetType.SCRIPT);
            }

            @Override
            public ScriptTargetOutput getScriptTargetOutput() {
                return new ScriptTargetOutputToWriter(script);
            }
        };
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
}
