package autogen.runner;

import autogen.migration.Rerun;
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
 * leaves the schema and the history exactly as they were. One with a statement that may not runs in parts (one
 * transaction per run of statements that may, alone otherwise), after its guards; it is recorded as running first,
 * each part records its progress as it commits, and its row says at the end how it went. A run that did not
 * finish is taken up where it stopped ({@link Resumption}).
 */
final class StepRun {
    private final Connection connection;
    private final HistoryTable table;
    private final Recorder recorder;
    private final Consumer<String> progress;
    private final MigrationRunner.Options options;
    private final StatementExecutor executor;
    private final StepObserver observer;

    StepRun(Connection connection, HistoryTable table, Recorder recorder, Consumer<String> progress,
            MigrationRunner.Options options, StepObserver observer) {
        this.connection = connection;
        this.table = table;
        this.recorder = recorder;
        this.progress = progress;
        this.options = options;
        this.observer = observer;
        this.executor = new StatementExecutor(connection, options, observer);
    }

    /** The detail of a row that records a migration running in parts. */
    static final String RUNS_IN_PARTS = "runs outside a transaction";

    /**
     * Runs {@code m} in {@code direction}; {@code interrupted}, when present, is the row of its run that did not
     * finish, which this run takes up where it stopped.
     */
    void run(MigrationSource m, Direction direction, List<String> headsBefore, List<String> headsAfter,
             Optional<HistoryRow> interrupted) {
        String verb = direction.sql();
        List<Statement> statements;
        try {
            statements = direction == Direction.UPGRADE ? m.upgrade() : m.downgrade();
        } catch (RuntimeException e) {
            throw new AutogenException(Failure.MIGRATION_FAILED, verb + " of " + m.name() + " failed before it ran"
                    + " anything: " + e, e);
        }
        Instant started = Instant.now();
        observer.migrationStarting(m, direction, statements);
        boolean succeeded = false;
        try (StepSession session = StepSession.open(connection, options)) {
            if (interrupted.isEmpty() && statements.stream().allMatch(Statement::transactional)) {
                inOneTransaction(m, direction, statements, started, headsAfter);
            } else {
                Parts parts = new Parts(m, direction, statements, headsBefore, headsAfter);
                inParts(parts, started, interrupted.map(Resumption::new));
            }
            succeeded = true;
        } catch (SQLException e) {
            throw new AutogenException(Failure.DATABASE, "lost the database connection during the " + verb + " of "
                    + m.name() + ": " + MigrationRunner.firstLine(e.getMessage()), e);
        } finally {
            observer.migrationEnded(m, direction, succeeded);
        }
        // The hazards its file recorded are the upgrade's: a reader of the deploy log sees what was risked.
        String hazards = direction == Direction.UPGRADE && !m.hazards().isEmpty()
                ? "   [" + String.join(", ", m.hazards()) + "]" : "";
        String resumed = interrupted.map(row -> "   (resumed after statement " + row.stepsDone() + " of "
                + statements.size() + ")").orElse("");
        progress.accept(verb + " " + m.revision() + "  " + m.message() + hazards + resumed);
    }

    private void inOneTransaction(MigrationSource m, Direction direction, List<Statement> statements,
                                  Instant started, List<String> headsAfter) throws SQLException {
        connection.setAutoCommit(false);
        try {
            for (int i = 0; i < statements.size(); i++) {
                executor.execute(statements, i);
            }
            table.insert(recorder.row(m, direction, headsAfter, Status.SUCCESS, started, millisSince(started),
                    Optional.empty()));
            keepToolHistory(m, direction, millisSince(started));
            connection.commit();
        } catch (SQLException | StatementExecutor.Failure e) {
            // Rolled back with its history row: the database and its history are exactly as before.
            connection.rollback();
            String why = e instanceof StatementExecutor.Failure f ? f.getMessage()
                    : MigrationRunner.firstLine(e.getMessage());
            throw new AutogenException(Failure.MIGRATION_FAILED,
                    direction.sql() + " of " + m.name() + " failed and was rolled back: " + why, e);
        }
    }

    /** A migration that runs in parts: what it is, which way, and the heads before and after it. */
    private record Parts(MigrationSource m, Direction direction, List<Statement> statements,
                         List<String> headsBefore, List<String> headsAfter) {
        String name() {
            return direction.sql() + " of " + m.name();
        }
    }

    private void inParts(Parts p, Instant started, Optional<Resumption> resumption) throws SQLException {
        List<Statement> statements = p.statements();
        int from = resumption.map(Resumption::from).orElse(0);
        Optional<String> refused = GuardRehearsal.refusal(connection, GuardRehearsal.statements(statements, from));
        if (refused.isPresent()) {
            throw new AutogenException(Failure.MIGRATION_FAILED, p.name() + " refused before it changed anything: "
                    + refused.get());
        }
        connection.setAutoCommit(true);
        long id = open(p, started, resumption);
        int done = from;
        try {
            if (resumption.isPresent()) {
                done = settleInDoubt(statements, done, id);
            }
            while (done < statements.size()) {
                done += runPart(statements, done, id);
            }
        } catch (PartFailure failure) {
            fail(p, id, started, failure);
        }
        keepToolHistory(p.m(), p.direction(), millisSince(started));
        table.finish(id, Status.SUCCESS, p.headsAfter(), millisSince(started), Optional.empty());
    }

    /** The rows the tool of the migration's format keeps, written as the tool would after the same step. */
    private void keepToolHistory(MigrationSource m, Direction direction, long millis) throws SQLException {
        if (m.tool().isPresent()) {
            ToolRecord tool = m.tool().get();
            if (direction == Direction.UPGRADE) {
                tool.history().record(connection, tool.entries(), millis);
            } else {
                tool.history().remove(connection, tool.entries());
            }
        }
    }

    /**
     * The row that records the run: a new one, or, when it takes up an interrupted run, a new one that says so, in
     * one transaction with the interrupted row's closing.
     */
    private long open(Parts p, Instant started, Optional<Resumption> resumption) throws SQLException {
        if (resumption.isEmpty()) {
            return table.insert(recorder.row(p.m(), p.direction(), p.headsBefore(), Status.RUNNING, started, 0,
                    Optional.of(RUNS_IN_PARTS)));
        }
        Resumption r = resumption.get();
        int size = p.statements().size();
        connection.setAutoCommit(false);
        try {
            long id = table.insert(recorder.row(p.m(), p.direction(), p.headsBefore(), Status.RUNNING, started, 0,
                    Optional.of(r.detail(size))));
            table.progress(id, r.from());
            HistoryRow old = r.interrupted();
            table.finish(old.id(), Status.STOPPED, old.heads(), old.executionMillis(),
                    Optional.of(r.stoppedDetail(id, size)));
            connection.commit();
            return id;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * The statement an interrupted run stopped in, when it runs outside a transaction, may have finished: the
     * database says whether it did (then it counts as done) or leaves what it left to clean up first.
     */
    private int settleInDoubt(List<Statement> statements, int done, long id) throws SQLException {
        if (done == statements.size() || statements.get(done).transactional()
                || !(statements.get(done).rerun() instanceof Rerun.UnlessDone check)) {
            return done;
        }
        boolean finished;
        try (java.sql.Statement st = connection.createStatement();
             java.sql.ResultSet rs = st.executeQuery(check.done())) {
            finished = rs.next() && rs.getBoolean(1);
        }
        if (finished) {
            table.progress(id, done + 1);
            return done + 1;
        }
        for (String cleanup : check.cleanup()) {
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute(cleanup);
            }
        }
        return done;
    }

    private void fail(Parts p, long id, Instant started, PartFailure failure) throws SQLException {
        List<Statement> statements = p.statements();
        int committed = failure.committed;
        boolean undoable = committed > 0 && statements.subList(0, committed).stream().allMatch(s -> s.undo()
                .isPresent());
        if (undoable) {
            // Undone one by one, which the history cannot follow: should this stop half-way, nobody may resume.
            table.progress(id, -1);
        }
        boolean undone = undoable && undo(statements.subList(0, committed));
        boolean nothingStays = committed == 0 || undone;
        String ran = committed == 0 ? "none of its statements ran" : "statements 1 to " + committed + " of "
                + statements.size() + (undone ? " ran and were undone" : " ran and stay");
        table.finish(id, nothingStays ? Status.FAILED : Status.PARTIAL, p.headsBefore(), millisSince(started),
                Optional.of(ran + "; statement " + (committed + 1) + " failed: " + failure.getMessage()));
        boolean resumable = !undoable && Resumption.judged(statements.get(committed));
        String next = nothingStays ? "" : resumable ? "; once its cause is fixed, the next " + p.direction().sql()
                + " resumes it at statement " + (committed + 1) : "; check the database, then run autogen repair";
        throw new AutogenException(Failure.MIGRATION_FAILED, p.name() + " failed at statement " + (committed + 1)
                + " of " + statements.size() + " (it runs outside a transaction; " + ran + "): "
                + failure.getMessage() + next, failure);
    }

    /** Undoes {@code committed}, newest first; whether all of them were undone. An undo that fails stops it. */
    private boolean undo(List<Statement> committed) {
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
     * may and follow it, in one transaction; records the progress (in that transaction, for a part that has one) and
     * returns how many ran.
     */
    private int runPart(List<Statement> statements, int from, long id) throws SQLException {
        if (!statements.get(from).transactional()) {
            try {
                executor.execute(statements, from);
            } catch (StatementExecutor.Failure e) {
                throw new PartFailure(from, e);
            }
            table.progress(id, from + 1);
            return 1;
        }
        int end = from;
        while (end < statements.size() && statements.get(end).transactional()) {
            end++;
        }
        connection.setAutoCommit(false);
        try {
            for (int i = from; i < end; i++) {
                executor.execute(statements, i);
            }
            table.progress(id, end);
            connection.commit();
            return end - from;
        } catch (StatementExecutor.Failure e) {
            connection.rollback();
            throw new PartFailure(from, e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static long millisSince(Instant started) {
        return Duration.between(started, Instant.now()).toMillis();
    }

    /** A part that failed, with how many statements before it were committed. */
    private static final class PartFailure extends RuntimeException {
        private final int committed;

        PartFailure(int committed, StatementExecutor.Failure cause) {
            super(cause.getMessage(), cause);
            this.committed = committed;
        }
    }
}
