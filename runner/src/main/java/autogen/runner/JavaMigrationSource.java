package autogen.runner;

import autogen.migration.Migration;
import autogen.migration.SqlOperations;
import autogen.migration.Statement;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A compiled Java migration file with the identity its {@code @MigrationInfo} declares. Its class is loaded when its
 * statements are first asked for: a comparison that replays nothing loads none of a long history's classes.
 */
public record JavaMigrationSource(String revision, List<String> parents, String message, String created, Path file,
                                  String checksum, Optional<String> schemaAfter, List<String> hazards,
                                  List<String> approved, boolean baseline, List<String> ordinals,
                                  Supplier<Migration> migration)
        implements MigrationSource {
    public JavaMigrationSource {
        parents = List.copyOf(parents);
        ordinals = List.copyOf(ordinals);
        hazards = List.copyOf(hazards);
        approved = List.copyOf(approved);
    }

    @Override
    public List<Statement> upgrade() {
        return SqlOperations.statements(migration.get(), true);
    }

    @Override
    public List<Statement> downgrade() {
        return SqlOperations.statements(migration.get(), false);
    }
}
