package autogen.runner;

import autogen.migration.Migration;
import java.nio.file.Path;
import java.util.Optional;

/** A compiled migration file with the identity its {@code @MigrationInfo} declares. */
public record LoadedMigration(String revision, Optional<String> parent, String message, String created, Path file,
                              Migration migration) {
}
