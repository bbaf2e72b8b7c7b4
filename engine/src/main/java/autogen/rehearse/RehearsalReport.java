package autogen.rehearse;

import java.util.List;
import java.util.Optional;

/**
 * What a rehearsal found: where it ran, each pass over the pending migrations with every step's duration and
 * locks, the data compared after the downgrade, the sizes, the check on the copy, and the first problem, if any.
 * No field holds a password.
 */
public record RehearsalReport(String source, String where, List<String> fromRevisions, String target,
                              Optional<Copied> copied, List<Pass> passes, List<TableData> data,
                              Optional<Boolean> schemaRestored, List<Size> sizes, Check check,
                              List<String> notes, Optional<Problem> problem) {
    public RehearsalReport {
        fromRevisions = List.copyOf(fromRevisions);
        passes = List.copyOf(passes);
        data = List.copyOf(data);
        sizes = List.copyOf(sizes);
        notes = List.copyOf(notes);
    }

    /** What the copy took: its tables, rows, bytes on the source, and how long. */
    public record Copied(int tables, long rows, long bytes, long millis) {
    }

    /** One pass over the migrations: {@code upgrade}, {@code downgrade} or {@code upgrade again}. */
    public record Pass(String name, List<MigrationRun> migrations) {
        public Pass {
            migrations = List.copyOf(migrations);
        }

        public long millis() {
            return migrations.stream().mapToLong(MigrationRun::millis).sum();
        }
    }

    /** A migration as it ran on the copy, each of its steps, and the rows it changed in each table. */
    public record MigrationRun(String revision, String message, long millis, boolean succeeded, List<Step> steps,
                               List<RowChanges> rows) {
        public MigrationRun {
            steps = List.copyOf(steps);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One statement, numbered as {@code autogen show} numbers it: how long it ran, whether inside the migration's
     * transaction, the locks it took, the longest a writer waited while it ran ({@code --writers}), and why it failed.
     */
    public record Step(int number, String sql, boolean transactional, long millis, List<Lock> locks,
                       Optional<Long> longestWriteWaitMillis, Optional<String> failure) {
        public Step {
            locks = List.copyOf(locks);
        }
    }

    /** A lock on a table or index, its mode, and how long it was held (or waited for, when not granted). */
    public record Lock(String relation, String mode, long heldMillis, boolean waited) {
    }

    public record RowChanges(String table, long inserted, long updated, long deleted) {
    }

    /**
     * A table's rows after the downgrade compared with before the upgrade: how many differ and, when some do, what
     * the migrations declared of it; {@code error} when they could not be compared (the table is gone, say).
     */
    public record TableData(String table, long rows, long differing, Optional<String> declared,
                            Optional<String> error) {
        public boolean undeclaredDifference() {
            return (differing > 0 || error.isPresent()) && declared.isEmpty();
        }
    }

    /** A table or index's size before the upgrade and after it; absent on the side where it does not exist. */
    public record Size(String relation, boolean index, Optional<Long> before, Optional<Long> after) {
    }

    /** {@code check} on the copy after the second upgrade: in sync, not, or not run and why. */
    public record Check(Optional<Boolean> inSync, String detail) {
    }

    /** The first problem: what exit code it takes is the caller's. */
    public record Problem(Kind kind, String line) {
        public enum Kind {
            /** The database differs from what its migrations build: the rehearsal stopped before running anything. */
            DRIFT,
            /** A migration failed on the copy. */
            MIGRATION_FAILED,
            /** The downgrade did not bring back the schema. */
            SCHEMA_NOT_RESTORED,
            /** Rows differ after the downgrade and no migration declared it. */
            UNDECLARED_DATA_CHANGE,
            /** After the second upgrade, the copy and the entities differ. */
            NOT_IN_SYNC
        }
    }
}
