package autogen.rehearse;

import autogen.migration.NameText;
import autogen.migration.Statement;
import autogen.rehearse.RehearsalReport.Lock;
import autogen.rehearse.RehearsalReport.MigrationRun;
import autogen.rehearse.RehearsalReport.RowChanges;
import autogen.rehearse.RehearsalReport.Step;
import autogen.runner.HistoryRow.Direction;
import autogen.runner.MigrationSource;
import autogen.runner.StepObserver;
import autogen.schema.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a rehearsal measures as the runner goes: each statement's duration, with the locks the sampler saw it take
 * and the writers' longest wait; each migration's rows inserted, updated and deleted per table, from the server's
 * statistics, which the runner's session publishes as each migration ends.
 */
final class Measurements implements StepObserver {
    /** A statement being measured; it is also what locks and writer waits are attributed to. */
    private static final class Draft {
        final int number;
        final Statement statement;
        final long started = System.nanoTime();
        long millis;
        Optional<String> failure = Optional.empty();

        Draft(int number, Statement statement) {
            this.number = number;
            this.statement = statement;
        }
    }

    /** A migration being measured. */
    private static final class MigrationDraft {
        final MigrationSource source;
        final List<Statement> statements;
        final long started = System.nanoTime();
        final Map<String, long[]> countsBefore;
        final List<Draft> steps = new ArrayList<>();
        long millis;
        boolean succeeded;
        List<RowChanges> rows = List.of();

        MigrationDraft(MigrationSource source, List<Statement> statements, Map<String, long[]> countsBefore) {
            this.source = source;
            this.statements = statements;
            this.countsBefore = countsBefore;
        }
    }

    private final Connection runner;
    private final Connection stats;
    private final List<String> schemas;
    private final Set<String> historyTables;
    private final List<MigrationDraft> done = new ArrayList<>();
    private MigrationDraft migration;
    private volatile Draft current;
    private boolean countsPublished = true;
    /** Samples the locks as a statement or a migration ends; nothing until a sampler is given. */
    private Runnable sampleNow = () -> { };

    /**
     * {@code runner} is the runner's connection, used only between migrations to publish its row counts;
     * {@code stats} reads them, for every table of {@code schemas} but the history tables.
     */
    Measurements(Connection runner, Connection stats, List<String> schemas, Set<String> historyTables) {
        this.runner = runner;
        this.stats = stats;
        this.schemas = schemas;
        this.historyTables = historyTables;
    }

    /** The statement running now, if one is: what a lock first seen or a write begun now belongs to. */
    Object currentStep() {
        return current;
    }

    @Override
    public void migrationStarting(MigrationSource m, Direction direction, List<Statement> statements) {
        migration = new MigrationDraft(m, statements, counts());
    }

    @Override
    public void statementStarting(int number) {
        Draft draft = new Draft(number, migration.statements.get(number - 1));
        migration.steps.add(draft);
        current = draft;
    }

    @Override
    public void statementEnded(int number) {
        Draft draft = current;
        draft.millis = (System.nanoTime() - draft.started) / 1_000_000;
        sampleNow.run();
        current = null;
    }

    @Override
    public void migrationEnded(MigrationSource m, Direction direction, boolean succeeded) {
        MigrationDraft draft = migration;
        draft.millis = (System.nanoTime() - draft.started) / 1_000_000;
        draft.succeeded = succeeded;
        sampleNow.run();
        if (succeeded) {
            publishCounts();
            draft.rows = changes(draft.countsBefore, counts());
        }
        done.add(draft);
        migration = null;
    }

    /** Notes why the statement running when the runner stopped failed. */
    void failed(String why) {
        MigrationDraft last = done.isEmpty() ? null : done.get(done.size() - 1);
        if (last != null && !last.succeeded && !last.steps.isEmpty()) {
            last.steps.get(last.steps.size() - 1).failure = Optional.of(why);
        }
    }

    /** Has {@code sampler} take a sample as each statement and each migration ends. */
    void sampleWith(LockSampler sampler) {
        sampleNow = sampler::sample;
    }

    /** The migrations measured since the last call, each with its steps' locks and writer waits. */
    List<MigrationRun> take(List<LockSampler.Seen> locks, Optional<Writers> writers) {
        List<MigrationRun> runs = new ArrayList<>();
        for (MigrationDraft m : done) {
            List<Step> steps = new ArrayList<>();
            for (Draft d : m.steps) {
                List<Lock> held = locks.stream().filter(seen -> seen.owner() == d).map(seen -> new Lock(
                        seen.relation(), seen.mode(), (seen.toNanos() - seen.fromNanos()) / 1_000_000,
                        !seen.granted())).toList();
                steps.add(new Step(d.number, firstLine(d.statement.sql()), d.statement.transactional(), d.millis,
                        held, writers.flatMap(w -> w.longestWait(d)), d.failure));
            }
            runs.add(new MigrationRun(m.source.revision(), m.source.message(), m.millis, m.succeeded, steps, m.rows));
        }
        done.clear();
        return runs;
    }

    /**
     * Has the runner's session publish its statistics now: the server otherwise does it within a second or so,
     * later than the next reading. Runs between migrations, with no transaction open on that connection.
     */
    void publishCounts() {
        try {
            boolean auto = runner.getAutoCommit();
            runner.setAutoCommit(true);
            try (java.sql.Statement st = runner.createStatement()) {
                st.execute(RehearsalSql.PUBLISH_COUNTS);
            } finally {
                runner.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            // Before PostgreSQL 15 there is no asking: the counts come when the server publishes them.
            countsPublished = false;
        }
    }

    /** Whether the row counts are exact: the server published them when asked. */
    boolean countsExact() {
        return countsPublished;
    }

    private Map<String, long[]> counts() {
        Map<String, long[]> counts = new HashMap<>();
        try (java.sql.Statement st = stats.createStatement();
             ResultSet rs = st.executeQuery(RehearsalSql.rowCounts(schemas, historyTables))) {
            while (rs.next()) {
                counts.put(NameText.of(new QualifiedName(rs.getString(1), rs.getString(2))),
                        new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5)});
            }
        } catch (SQLException e) {
            // Without statistics the rows changed are not reported; the rest of the rehearsal stands.
        }
        return counts;
    }

    private static List<RowChanges> changes(Map<String, long[]> before, Map<String, long[]> after) {
        List<RowChanges> changes = new ArrayList<>();
        after.keySet().stream().sorted().forEach(table -> {
            long[] a = after.get(table);
            long[] b = before.getOrDefault(table, new long[3]);
            RowChanges c = new RowChanges(table, a[0] - b[0], a[1] - b[1], a[2] - b[2]);
            if (c.inserted() != 0 || c.updated() != 0 || c.deleted() != 0) {
                changes.add(c);
            }
        });
        return changes;
    }

    static String firstLine(String sql) {
        String line = sql.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
