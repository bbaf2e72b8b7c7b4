package autogen.migration;

import java.util.Objects;

/**
 * One SQL statement of a migration, and whether it may run inside a transaction: PostgreSQL refuses some
 * statements there ({@code CREATE INDEX CONCURRENTLY}, for one), and the runner runs those on their own.
 */
public record Statement(String sql, boolean transactional) {
    public Statement {
        Objects.requireNonNull(sql, "sql");
    }

    /** A statement that runs in the migration's transaction, as most do. */
    public static Statement of(String sql) {
        return new Statement(sql, true);
    }
}
