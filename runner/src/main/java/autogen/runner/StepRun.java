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

    StepRun(Connection connection, HistoryTable table, Recorder recorder, Consumer<String> progress) {
        this.connection = connection;
        this.table = table;
        this.recorder = recorder;
        this.progress = progress;
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
        try (Session session = Session.open(connection)) {
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
            String ran = committed == 0 ? "none of its statements ran" : "statements 1 to " + committed + " of "
                    + statements.size() + " ran and stay";
            table.finish(id, committed == 0 ? Status.FAILED : Status.PARTIAL, headsBefore, millisSince(started),
                    Optional.of(ran + "; statement " + (committed + 1) + " failed: " + failure.getMessage()));
            throw new AutogenException(Failure.MIGRATION_FAILED, direction.sql() + " of " + m.name()
                    + " failed at statement " + (committed + 1) + " of " + statements.size() + " (it runs outside a"
                    + " transaction; " + ran + "): " + failure.getMessage()
                    + (committed == 0 ? "" : "; check the database, then run autogen repair"), failure);
        }
        table.finish(id, Status.SUCCESS, headsAfter, millisSince(started), Optional.empty());
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
                    + MigrationRunner.firstLine(statement.sql()) + ")", e);
        }
    }

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
     * than any read timeout (an index build), so it runs without one.
     */
    private record Session(Connection connection, boolean autoCommit, int readTimeout) implements AutoCloseable {
        static Session open(Connection connection) throws SQLException {
            Session session = new Session(connection, connection.getAutoCommit(), connection.getNetworkTimeout());
            connection.setNetworkTimeout(Runnable::run, 0);
            return session;
        }

        @Override
        public void close() throws SQLException {
            connection.setAutoCommit(autoCommit);
            connection.setNetworkTimeout(Runnable::run, readTimeout);
        }
    }
}
