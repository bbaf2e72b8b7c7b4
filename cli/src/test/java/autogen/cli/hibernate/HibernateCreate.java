package autogen.cli.hibernate;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.Version;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Child-JVM entry point: Hibernate's own schema export ({@code create}) of the annotated classes of a folder into a
 * database, with whichever Hibernate the child's class path holds. Uses only API that Hibernate 6.6 and 7 share.
 * Prints the Hibernate version it ran.
 *
 * <p>Arguments: JDBC URL, classes folder, then {@code key=value} Hibernate settings.
 */
public final class HibernateCreate {
    private HibernateCreate() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("jakarta.persistence.jdbc.url", args[0]);
        settings.put("jakarta.persistence.schema-generation.database.action", "create");
        settings.put("hibernate.hbm2ddl.create_namespaces", "true");
        // A statement that fails stops the export instead of being logged and skipped.
        settings.put("hibernate.hbm2ddl.halt_on_error", "true");
        for (String setting : List.of(args).subList(2, args.length)) {
            settings.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
        }
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> type : annotated(Path.of(args[1]))) {
                sources.addAnnotatedClass(type);
            }
            try (SessionFactory created = sources.buildMetadata().buildSessionFactory()) {
                System.out.println("HIBERNATE " + Version.getVersionString());
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** The entities, embeddables, mapped superclasses and converters of a folder, as an application registers them. */
    private static List<Class<?>> annotated(Path classes) throws IOException, ClassNotFoundException {
        List<Class<?>> found = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, HibernateCreate.class.getClassLoader());
                if (Stream.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class)
                        .anyMatch(type::isAnnotationPresent)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
