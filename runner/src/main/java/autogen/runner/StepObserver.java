package autogen.runner;

import autogen.migration.Statement;
import autogen.runner.HistoryRow.Direction;
import java.util.List;

/**
 * Hears a migration's statements start and end as the runner runs them, on the runner's thread: what a rehearsal
 * measures each step by. Statements are numbered from 1 in the migration's list, as {@code autogen show} numbers
 * them. It must not use the runner's connection.
 */
public interface StepObserver {
    /** Hears nothing. */
    StepObserver NONE = new StepObserver() {
    };

    /** {@code m} starts in {@code direction}, with {@code statements}, as the runner built them for this run. */
    default void migrationStarting(MigrationSource m, Direction direction, List<Statement> statements) {
    }

    /** Statement {@code number} starts. */
    default void statementStarting(int number) {
    }

    /** Statement {@code number} ended, ran or failed; in a transaction, its locks are still held. */
    default void statementEnded(int number) {
    }

    /** {@code m} ended: committed and recorded when {@code succeeded}. */
    default void migrationEnded(MigrationSource m, Direction direction, boolean succeeded) {
    }
}
