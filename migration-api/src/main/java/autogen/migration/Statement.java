package autogen.migration;

import java.util.Objects;
import java.util.Optional;

/**
 * One SQL statement of a migration, whether it may run inside a transaction (PostgreSQL refuses some statements
 * there, {@code CREATE INDEX CONCURRENTLY} for one, and a {@code VALIDATE} runs in a transaction of its own to hold
 * its lock briefly), and what undoes it ({@code undo}) when a later statement of the same migration fails after it
 * was committed: so that a migration that runs in parts leaves nothing behind when it fails.
 */
public record Statement(String sql, boolean transactional, Optional<String> undo) {
    public Statement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(undo, "undo");
    }

    /** A statement with nothing to undo it. */
    public Statement(String sql, boolean transactional) {
        this(sql, transactional, Optional.empty());
    }

    /** A statement that runs in the migration's transaction, as most do. */
    public static Statement of(String sql) {
        return new Statement(sql, true);
    }
}
