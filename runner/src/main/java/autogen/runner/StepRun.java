package autogen.runner;

import autogen.migration.Statement;
import autogen.runner.HistoryRow.Direction;
import autogen.runner.HistoryRow.Status;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs one migration's statements and records the step. A migration whose statements may all run in a
 * transaction runs in one, with its history row, so it is wholly applied and recorded or not at all: a failure
 * leaves the schema and the history exactly as they were. One with a
 * statement that may not is recorded as running first; its statements then run one transaction per run of
 * statements that may, and alone otherwise; its row says at the end how it went, and on failure which statements
 * ran.
 */
final class StepRun {
    private final Connection connection;
    private final HistoryTable table;
    private final Recorder recorder;
    private final Consumer<String> progress;
    private final MigrationRunner.Options options;

    StepRun(Connection connection, HistoryTable table, Recorder recorder, Consumer<String> progress,
            MigrationRunner.Options options) {
        this.connection = connection;
        this.table = table;
        this.recorder = recorder;
        this.progress = progress;
        this.options = options;
    }

    void run(MigrationSource m, Direction direction, List<String> headsBefore, List<String> headsAfter) {
        String verb = direction.sql();
        List<Statement> statements;
        try {
            statements = direction == Direction.UPGRADE ? m.upgrade() : m.downgrade();
        } catch (RuntimeException e) {
            throw new AutogenException(Failure.MIGRATION_FAILED, verb + " of " + m.name() + " failed before it ran"
                    + " anything: " + e, e);
        }
        Instant started = Instant.now();
        try (Session session = Session.open(connection, options)) {
            if (statements.stream().allMatch(Statement::transactional)) {
                inOneTransaction(m, direction, statements, started, headsAfter);
            } else {
                inParts(m, direction, statements, started, headsBefore, headsAfter);
            }
        } catch (SQLException e) {
            throw new AutogenException(Failure.DATABASE, "lost the database connection during the " + verb + " of "
                    + m.name() + ": " + MigrationRunner.firstLine(e.getMessage()), e);
        }
        // The hazards its file recorded are the upgrade's: a reader of the deploy log sees what was risked.
        String hazards = direction == Direction.UPGRADE && !m.hazards().isEmpty()
                ? "   [" + String.join(", ", m.hazards()) + "]" : "";
        progress.accept(verb + " " + m.revision() + "  " + m.message() + hazards);
    }

    private void inOneTransaction(MigrationSource m, Direction direction, List<Statement> statements,
                                  Instant started, List<String> headsAfter) throws SQLException {
        connection.setAutoCommit(false);
        try {
            for (Statement statement : statements) {
                execute(statement);
            }
            table.insert(recorder.row(m, direction, headsAfter, Status.SUCCESS, started, millisSince(started),
                    Optional.empty()));
            connection.commit();
        } catch (SQLException | StatementFailure e) {
            // Rolled back with its history row: the database and its history are exactly as before.
            connection.rollback();
            String why = e instanceof StatementFailure f ? f.getMessage() : MigrationRunner.firstLine(e.getMessage());
            throw new AutogenException(Failure.MIGRATION_FAILED,
                    direction.sql() + " of " + m.name() + " failed and was rolled back: " + why, e);
        }
    }

    private void inParts(MigrationSource m, Direction direction, List<Statement> statements, Instant started,
                         List<String> headsBefore, List<String> headsAfter) throws SQLException {
        connection.setAutoCommit(true);
        long id = table.insert(recorder.row(m, direction, headsBefore, Status.RUNNING, started, 0,
                Optional.of("runs outside a transaction")));
        int done = 0;
        try {
            while (done < statements.size()) {
                done += runPart(statements, done);
            }
        } catch (PartFailure failure) {
            int committed = failure.committed;
            boolean undone = committed > 0 && undo(statements.subList(0, committed));
            boolean nothingStays = committed == 0 || undone;
            String ran = committed == 0 ? "none of its statements ran" : "statements 1 to " + committed + " of "
                    + statements.size() + (undone ? " ran and were undone" : " ran and stay");
            table.finish(id, nothingStays ? Status.FAILED : Status.PARTIAL, headsBefore, millisSince(started),
                    Optional.of(ran + "; statement " + (committed + 1) + " failed: " + failure.getMessage()));
            throw new AutogenException(Failure.MIGRATION_FAILED, direction.sql() + " of " + m.name()
                    + " failed at statement " + (committed + 1) + " of " + statements.size() + " (it runs outside a"
                    + " transaction; " + ran + "): " + failure.getMessage()
                    + (nothingStays ? "" : "; check the database, then run autogen repair"), failure);
        }
        table.finish(id, Status.SUCCESS, headsAfter, millisSince(started), Optional.empty());
    }

    /**
     * Undoes {@code committed}, newest first, when each has an undo; whether all of them were undone. An undo that
     * fails stops it: what stays is then for the user to check.
     */
    private boolean undo(List<Statement> committed) {
        if (committed.stream().anyMatch(s -> s.undo().isEmpty())) {
            return false;
        }
        for (int i = committed.size() - 1; i >= 0; i--) {
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute(committed.get(i).undo().get());
            } catch (SQLException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs the statement at {@code from}, alone if it may not run in a transaction, else with the statements that
     * may and follow it, in one transaction; returns how many ran.
     */
    private int runPart(List<Statement> statements, int from) throws SQLException {
        if (!statements.get(from).transactional()) {
            try {
                execute(statements.get(from));
            } catch (StatementFailure e) {
                throw new PartFailure(from, e);
            }
            return 1;
        }
        int end = from;
        while (end < statements.size() && statements.get(end).transactional()) {
            end++;
        }
        connection.setAutoCommit(false);
        try {
            for (int i = from; i < end; i++) {
                execute(statements.get(i));
            }
            connection.commit();
            return end - from;
        } catch (StatementFailure e) {
            connection.rollback();
            throw new PartFailure(from, e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void execute(Statement statement) {
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute(statement.sql());
        } catch (SQLException e) {
            throw new StatementFailure(MigrationRunner.firstLine(e.getMessage()) + " (in: "
                    + MigrationRunner.firstLine(statement.sql()) + ")" + advice(e), e);
        }
    }

    /** What to do when a statement ran out of one of the step's timeouts. */
    private String advice(SQLException e) {
        if (LOCK_NOT_AVAILABLE.equals(e.getSQLState()) && !options.lockTimeout().isZero()) {
            return "; it waited the lock timeout (" + seconds(options.lockTimeout()) + ") for a lock another session"
                    + " holds on the table: run it when the table is less busy, or raise lock.timeout"
                    + " (--lock-timeout)";
        }
        if (QUERY_CANCELED.equals(e.getSQLState()) && e.getMessage().contains("statement timeout")) {
            return "; it ran longer than the statement timeout (" + seconds(options.statementTimeout())
                    + "): raise statement.timeout (--statement-timeout)";
        }
        return "";
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String QUERY_CANCELED = "57014";

    private static long millisSince(Instant started) {
        return Duration.between(started, Instant.now()).toMillis();
    }

    /** A statement PostgreSQL refused, carried out of the loop with what to say of it. */
    private static final class StatementFailure extends RuntimeException {
        StatementFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A part that failed, with how many statements before it were committed. */
    private static final class PartFailure extends RuntimeException {
        private final int committed;

        PartFailure(int committed, StatementFailure cause) {
            super(cause.getMessage(), cause);
            this.committed = committed;
        }
    }

    /**
     * The connection's settings for the length of a step, restored after it: a migration may rightly take longer
     * than any read timeout (an index build), so it runs without one; its statements wait for a table's lock and run
     * no longer than the configured lock and statement timeouts, so that a blocked {@code ALTER} fails fast instead
     * of queueing every query of the application behind it.
     */
    private record Session(Connection connection, boolean autoCommit, int readTimeout, String lockTimeout,
                           String statementTimeout) implements AutoCloseable {
        static Session open(Connection connection, MigrationRunner.Options options) throws SQLException {
            String lock;
            String statement;
            try (java.sql.Statement st = connection.createStatement();
                 java.sql.ResultSet rs = st.executeQuery(HistorySql.TIMEOUTS)) {
                rs.next();
                lock = rs.getString(1);
                statement = rs.getString(2);
            }
            Session session = new Session(connection, connection.getAutoCommit(), connection.getNetworkTimeout(),
                    lock, statement);
            setTimeouts(connection, options.lockTimeout().toMillis() + "ms",
                    options.statementTimeout().toMillis() + "ms");
            connection.setNetworkTimeout(Runnable::run, 0);
            return session;
        }

        private static void setTimeouts(Connection connection, String lock, String statement) throws SQLException {
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute(HistorySql.setTimeouts(lock, statement));
            }
        }

        @Override
        public void close() throws SQLException {
            connection.setAutoCommit(autoCommit);
            setTimeouts(connection, lockTimeout, statementTimeout);
            connection.setNetworkTimeout(Runnable::run, readTimeout);
        }
    }
}
