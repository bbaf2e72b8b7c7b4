package autogen.model;

import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Version;
import org.hibernate.cfg.AvailableSettings;

/**
 * Reads JPA entities into the schema model through Hibernate's boot metamodel for PostgreSQL, offline: no
 * connection, no session factory. A project on Hibernate 6 has its model read with its own Hibernate, in a class
 * loader of its own ({@link Hibernate6Reader}); any other, with autogen's Hibernate 7, which shadows the project's.
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
        Optional<ProjectHibernate> own = ProjectHibernate.find(source.classPath());
        if (own.isPresent() && own.get().isUnsupported()) {
            throw new ModelReadException("the project uses Hibernate " + own.get().version() + " (" + own.get().jar()
                    + "); autogen reads entities with Hibernate 6.6 or 7 (Spring Boot 3.4 and later): upgrade the"
                    + " project's Hibernate to one of them");
        }
        // The reader compiled against Hibernate 6 finds the project's Hibernate 6 running it, and reads in process.
        if (own.isPresent() && own.get().major() == 6 && !Version.getVersionString().startsWith("6.")) {
            return Hibernate6Reader.read(source, own.get());
        }
        try (BootModel boot = BootModel.open(source, files)) {
            try {
                return new MetadataReader(boot.metadata(), defaultSchema(source)).read();
            } catch (LinkageError e) {
                throw ClassProblems.of(e, boot.classLoader());
            }
        }
    }

    /** What {@link Hibernate6Reader} calls in the loader of the project's Hibernate 6: JDK and schema-model types. */
    static Schema readInLoader(List<Path> classPath, List<String> packages, Map<String, String> settings) {
        return new HibernateModelReader().read(new ModelSource(classPath, packages, settings));
    }

    // Hibernate keeps hibernate.default_schema out of the boot model and applies it only when writing SQL.
    static String defaultSchema(ModelSource source) {
        return Optional.ofNullable(source.hibernateSettings().get(AvailableSettings.DEFAULT_SCHEMA))
                .filter(schema -> !schema.isBlank())
                .map(Names::fold)
                .orElse(QualifiedName.DEFAULT_SCHEMA);
    }
}
