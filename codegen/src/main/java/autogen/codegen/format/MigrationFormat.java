package autogen.codegen.format;

import autogen.codegen.MigrationMeta;
import autogen.diff.MigrationPlan;
import autogen.runner.MigrationSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of migration file autogen writes and reads back: Java (the default), Flyway, dbmate or Liquibase. Each
 * renders a plan into its files and reads a folder of them back as the runner's migration sources.
 */
public interface MigrationFormat {
    /** Its name in {@code format=} and {@code --format}. */
    String name();

    /** The folder, from a project's root, where its tool looks for migrations; what {@code autogen init} sets up. */
    String conventionalFolder();

    /**
     * The files of a migration, by name, in the order they are written; a file already in {@code folder} under one
     * of these names is replaced (Liquibase's master changelog), any other must be new.
     */
    Map<String, String> render(MigrationMeta meta, MigrationPlan plan, Path folder);

    /** Whether {@code file}, in a migrations folder, is one of this format's. */
    boolean holds(Path file);

    /** Every migration in {@code folder}; {@code cache}: where compiled Java classes are kept, if anywhere. */
    List<MigrationSource> load(Path folder, Optional<Path> cache);
}
