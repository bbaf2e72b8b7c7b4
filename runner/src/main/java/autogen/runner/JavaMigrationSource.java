package autogen.runner;

import autogen.migration.Migration;
import autogen.migration.SqlOperations;
import autogen.migration.Statement;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A compiled Java migration file with the identity its {@code @MigrationInfo} declares. */
public record JavaMigrationSource(String revision, List<String> parents, String message, String created, Path file,
                                  String checksum, Optional<String> schemaAfter, Migration migration)
        implements MigrationSource {
    public JavaMigrationSource {
        parents = List.copyOf(parents);
    }

    @Override
    public List<Statement> upgrade() {
        return SqlOperations.statements(migration, true);
    }

    @Override
    public List<Statement> downgrade() {
        return SqlOperations.statements(migration, false);
    }
}
