package autogen.migration;

import java.util.Objects;
import java.util.Optional;

/**
 * One SQL statement of a migration: whether it may run inside a transaction (PostgreSQL refuses some statements
 * there, {@code CREATE INDEX CONCURRENTLY} for one, and a {@code VALIDATE} runs in a transaction of its own to hold
 * its lock briefly); what undoes it ({@code undo}) when a later statement of the same migration fails after it was
 * committed, so that a migration that runs in parts leaves nothing behind when it fails; how it is finished after
 * an interruption ({@code rerun}); and whether it is a guard, a read-only check that refuses the migration while
 * rows break a rule, which the runner runs before anything of the migration changes the database.
 */
public record Statement(String sql, boolean transactional, Optional<String> undo, Rerun rerun, boolean guard) {
    public Statement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(undo, "undo");
        Objects.requireNonNull(rerun, "rerun");
    }

    /** A statement that nothing tells has run but the history. */
    public Statement(String sql, boolean transactional, Optional<String> undo) {
        this(sql, transactional, undo, Rerun.UNKNOWN, false);
    }

    /** A statement with nothing to undo it. */
    public Statement(String sql, boolean transactional) {
        this(sql, transactional, Optional.empty());
    }

    /** A statement that runs in the migration's transaction, as most do. */
    public static Statement of(String sql) {
        return new Statement(sql, true);
    }

    /** A read-only check that stops the migration while a row breaks a rule; it changes nothing. */
    public static Statement guard(String sql) {
        return new Statement(sql, true, Optional.empty(), Rerun.AS_IS, true);
    }

    /** A statement that may not run in a transaction, with its undo and how it is finished after an interruption. */
    public static Statement outsideTransaction(String sql, Optional<String> undo, Rerun rerun) {
        return new Statement(sql, false, undo, rerun, false);
    }
}
