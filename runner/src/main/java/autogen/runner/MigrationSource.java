package autogen.runner;

import autogen.migration.Statement;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One migration as the runner sees it, whatever its file's format: its identity in the revision graph, the
 * checksum of its source, and the statements of its upgrade and its downgrade.
 */
public interface MigrationSource {
    String revision();

    /** The revisions it follows: none for a first migration, two or more for a merge. */
    List<String> parents();

    String message();

    /** When it was written, ISO-8601 UTC, as its header says. */
    String created();

    Path file();

    /** The SHA-256 of its source text with line endings made alike ({@link Checksum}). */
    String checksum();

    List<Statement> upgrade();

    List<Statement> downgrade();

    /** The fingerprint of the schema after it, when its header records one. */
    Optional<String> schemaAfter();

    /** The codes of the hazards its upgrade carries, as its header records them; empty when it records none. */
    default List<String> hazards() {
        return List.of();
    }

    /** The codes of the hazards a reviewer approved, as its header records them; empty when it records none. */
    default List<String> approved() {
        return List.of();
    }

    /** Whether it is a baseline: it builds a schema another tool made, not one the entities stated. */
    default boolean baseline() {
        return false;
    }

    /**
     * The ORDINAL enum columns whose constants it records, as {@code schema.table.column=A,B,C}: what the numbers
     * stored in them mean from this migration on.
     */
    default List<String> ordinals() {
        return List.of();
    }

    /** The history table of the tool whose format its file is in, and its rows there; empty for a Java file. */
    default Optional<ToolRecord> tool() {
        return Optional.empty();
    }

    /** What messages call it: its file name. */
    default String name() {
        return file().getFileName().toString();
    }
}
