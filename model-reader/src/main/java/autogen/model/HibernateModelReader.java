package autogen.model;

import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import java.util.List;
import java.util.Optional;
import org.hibernate.cfg.AvailableSettings;

/**
 * Reads JPA entities into the schema model through Hibernate's boot metamodel for PostgreSQL, offline: no
 * connection, no session factory.
 */
public final class HibernateModelReader {
    /**
     * The files beside a folder's classes that change the model: a Spring Boot application's naming and Hibernate
     * settings ({@code application.properties}, {@code application.yml}).
     */
    public static final List<String> SETTINGS_FILES = SpringApplicationFiles.NAMES;

    /**
     * The schemas, enum types, tables and sequences Hibernate would create for the entity classes of
     * {@code source}.
     *
     * @throws ModelReadException when no entity class is found or Hibernate rejects the entities or settings
     */
    public Schema read(ModelSource source) {
        return read(source, ClassPathFiles.read(source.classPath()));
    }

    /**
     * As {@link #read(ModelSource)}, with the class files of {@code source}'s folders already read.
     *
     * @throws ModelReadException when no entity class is found or Hibernate rejects the entities or settings
     */
    public Schema read(ModelSource source, ClassPathFiles files) {
        if (!files.classPath().equals(source.classPath())) {
            throw new IllegalArgumentException("the class files were read from another class path");
        }
        try (BootModel boot = BootModel.open(source, files)) {
            try {
                return new MetadataReader(boot.metadata(), defaultSchema(source)).read();
            } catch (LinkageError e) {
                throw ClassProblems.of(e, boot.classLoader());
            }
        }
    }

    // Hibernate keeps hibernate.default_schema out of the boot model and applies it only when writing SQL.
    static String defaultSchema(ModelSource source) {
        return Optional.ofNullable(source.hibernateSettings().get(AvailableSettings.DEFAULT_SCHEMA))
                .filter(schema -> !schema.isBlank())
                .map(Names::fold)
                .orElse(QualifiedName.DEFAULT_SCHEMA);
    }
}
