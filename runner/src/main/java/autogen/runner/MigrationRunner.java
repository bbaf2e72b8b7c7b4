package autogen.runner;

import autogen.migration.Operations;
import autogen.migration.SqlOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Applies and reverts migrations on one database. It takes the migration lock before it reads the version table
 * and holds it until the last step is done, so concurrent runners apply each migration once; each migration runs
 * in its own transaction together with the update of the version table, so it is wholly applied and recorded or
 * not at all.
 */
public final class MigrationRunner {
    private final Connection connection;
    private final Consumer<String> progress;
    private final Duration lockWait;

    /**
     * {@code progress} receives one line per migration applied or reverted, and one when the lock is held by
     * another command; {@code lockWait} bounds the wait for it ({@link Duration#ZERO}: no bound).
     */
    public MigrationRunner(Connection connection, Consumer<String> progress, Duration lockWait) {
        this.connection = connection;
        this.progress = progress;
        this.lockWait = lockWait;
    }

    /** The applied revision, or empty when the database is at base (nothing applied, or never touched). */
    public Optional<String> current() {
        try {
            return VersionTable.read(connection);
        } catch (SQLException e) {
            throw new AutogenException(Failure.DATABASE, "cannot read the version table: "
                    + firstLine(e.getMessage()), e);
        }
    }

    /** The chain position of the applied revision: -1 for base. */
    public int position(MigrationChain chain) {
        Optional<String> current = current();
        if (current.isEmpty()) {
            return -1;
        }
        if (chain.ordered().stream().noneMatch(m -> m.revision().equals(current.get()))) {
            throw new AutogenException(Failure.BAD_INPUT, "the database is at revision " + current.get()
                    + ", which no migration in the migrations folder has");
        }
        return chain.indexOf(current.get());
    }

    /** Applies migrations up to {@code target}: {@code head}, {@code +n} or a revision (prefix). */
    public List<LoadedMigration> upgrade(MigrationChain chain, String target) {
        try (MigrationLock lock = MigrationLock.take(connection, lockWait, progress)) {
            int from = position(chain);
            int to = Targets.upgradeTarget(chain, from, target);
            List<LoadedMigration> steps = chain.ordered().subList(from + 1, to + 1);
            for (LoadedMigration m : steps) {
                run(m, m.revision(), "upgrade", op -> m.migration().upgrade(op));
            }
            return steps;
        }
    }

    /** Reverts migrations down to {@code target}: {@code -n}, {@code base} or a revision (prefix). */
    public List<LoadedMigration> downgrade(MigrationChain chain, String target) {
        try (MigrationLock lock = MigrationLock.take(connection, lockWait, progress)) {
            int from = position(chain);
            int to = Targets.downgradeTarget(chain, from, target);
            List<LoadedMigration> steps = new ArrayList<>(chain.ordered().subList(to + 1, from + 1));
            Collections.reverse(steps);
            for (LoadedMigration m : steps) {
                String after = m.parent().orElse(null);
                run(m, after, "downgrade", op -> m.migration().downgrade(op));
            }
            return steps;
        }
    }

    private void run(LoadedMigration m, String revisionAfter, String direction, Consumer<Operations> body) {
        String label = m.file().getFileName().toString();
        boolean autoCommit = autoCommit();
        int readTimeout = networkTimeout();
        try (Statement st = connection.createStatement()) {
            connection.setAutoCommit(false);
            // A migration may rightly take longer than any read timeout (an index build): it runs without one.
            connection.setNetworkTimeout(Runnable::run, 0);
            st.execute(VersionTableSql.CREATE);
            body.accept(new SqlOperations(sql -> execute(st, sql)));
            st.execute(VersionTableSql.DELETE);
            if (revisionAfter != null) {
                try (PreparedStatement insert = connection.prepareStatement(VersionTableSql.INSERT)) {
                    insert.setString(1, revisionAfter);
                    insert.executeUpdate();
                }
            }
            connection.commit();
            progress.accept(direction + " " + m.revision() + "  " + m.message());
        } catch (SQLException | StatementFailure e) {
            rollback();
            String why = e instanceof StatementFailure f ? f.getMessage() : firstLine(e.getMessage());
            throw new AutogenException(Failure.MIGRATION_FAILED,
                    direction + " of " + label + " failed and was rolled back: " + why, e);
        } catch (RuntimeException e) {
            rollback();
            throw new AutogenException(Failure.MIGRATION_FAILED,
                    direction + " of " + label + " failed and was rolled back: " + e, e);
        } finally {
            restore(autoCommit, readTimeout);
        }
    }

    private static void execute(Statement st, String sql) {
        try {
            st.execute(sql);
        } catch (SQLException e) {
            throw new StatementFailure(firstLine(e.getMessage()) + " (in: " + firstLine(sql) + ")", e);
        }
    }

    /** Carries a failed statement out of the Operations callback, which cannot throw SQLException. */
    private static final class StatementFailure extends RuntimeException {
        StatementFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private boolean autoCommit() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw new AutogenException(Failure.DATABASE, "lost the database connection: " + e.getMessage(), e);
        }
    }

    private int networkTimeout() {
        try {
            return connection.getNetworkTimeout();
        } catch (SQLException e) {
            throw new AutogenException(Failure.DATABASE, "lost the database connection: " + e.getMessage(), e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is what the user needs to see; a dead connection rolls back by itself.
        }
    }

    private void restore(boolean autoCommit, int readTimeout) {
        try {
            connection.setAutoCommit(autoCommit);
            connection.setNetworkTimeout(Runnable::run, readTimeout);
        } catch (SQLException ignored) {
            // Same as above: nothing more useful to report than the original outcome.
        }
    }
}
