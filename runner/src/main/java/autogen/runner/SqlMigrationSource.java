package autogen.runner;

import autogen.migration.Statement;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A migration read from SQL files in a tool's format (Flyway, dbmate, Liquibase): the identity and statements its
 * comments and sections hold, and the rows the tool keeps for it.
 */
public record SqlMigrationSource(Identity identity, Path file, String checksum, List<Statement> upgrade,
                                 List<Statement> downgrade, Optional<ToolRecord> tool) implements MigrationSource {
    /** What a migration file's header records about it, as {@code @MigrationInfo} does for a Java one. */
    public record Identity(String revision, List<String> parents, String message, String created,
                           Optional<String> schemaAfter, List<String> hazards, List<String> approved,
                           boolean baseline, List<String> ordinals) {
        public Identity {
            parents = List.copyOf(parents);
            hazards = List.copyOf(hazards);
            approved = List.copyOf(approved);
            ordinals = List.copyOf(ordinals);
        }
    }

    public SqlMigrationSource {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }

    @Override public String revision() { return identity.revision(); }
    @Override public List<String> parents() { return identity.parents(); }
    @Override public String message() { return identity.message(); }
    @Override public String created() { return identity.created(); }
    @Override public Optional<String> schemaAfter() { return identity.schemaAfter(); }
    @Override public List<String> hazards() { return identity.hazards(); }
    @Override public List<String> approved() { return identity.approved(); }
    @Override public boolean baseline() { return identity.baseline(); }
    @Override public List<String> ordinals() { return identity.ordinals(); }
}
