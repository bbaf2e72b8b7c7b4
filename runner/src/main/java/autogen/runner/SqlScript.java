package autogen.runner;

import autogen.migration.Statement;
import autogen.runner.HistoryRow.Direction;
import autogen.runner.HistoryRow.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A range of migrations as one plain SQL script, written without a database, that {@code psql -v ON_ERROR_STOP=1
 * -f} runs as {@code autogen upgrade} or {@code downgrade} would: under the migration lock and the timeouts, each
 * migration in its own transaction with its history row, a migration with steps that may not run in a
 * transaction in parts, recorded as running first and finished last. The hazards each migration recorded are
 * comments above it.
 */
public final class SqlScript {
    private final RevisionGraph graph;
    private final MigrationRunner.Options options;
    private final HistorySql history;
    /** Who runs the script, and where, is for the database to say: its rows name no OS user or host. */
    private final Recorder recorder = Recorder.anonymous();

    public SqlScript(RevisionGraph graph, MigrationRunner.Options options) {
        this.graph = graph;
        this.options = options;
        this.history = new HistorySql(options.historyTable());
    }

    /** The upgrade from {@code from} ({@code base} or a revision) to {@code to} ({@code head}, a revision...). */
    public String upgrade(String from, String to) {
        List<MigrationSource> steps = migrations(from, to, false);
        return render(Direction.UPGRADE, from, to, appliedAt(from), steps);
    }

    /** The downgrade from {@code from} ({@code head}, {@code heads} or a revision) to {@code to} ({@code base}...). */
    public String downgrade(String from, String to) {
        List<MigrationSource> steps = migrations(from, to, true);
        return render(Direction.DOWNGRADE, from, to, appliedAt(from), steps);
    }

    /**
     * The migrations that the upgrade (or, {@code down}, the downgrade) from {@code from} to {@code to} runs, in the
     * order it runs them: parents first for an upgrade, children first for a downgrade.
     */
    public List<MigrationSource> migrations(String from, String to, boolean down) {
        if (!down && to.equals("base")) {
            throw new AutogenException(Failure.USAGE, "an upgrade does not go to base: the downgrade's script is"
                    + " autogen sql " + from + ":base --down");
        }
        if (down && (to.equals("head") || to.equals("heads"))) {
            throw new AutogenException(Failure.USAGE, "a downgrade does not go to " + to + ": the upgrade's script"
                    + " is autogen sql " + from + ":" + to + " without --down");
        }
        Set<String> applied = appliedAt(from);
        return down ? Targets.downgrade(graph, applied, to) : Targets.upgrade(graph, applied, to);
    }

    /** What is applied at {@code from}, as a set the rendering changes step by step. */
    private Set<String> appliedAt(String from) {
        return new LinkedHashSet<>(graph.appliedAt(from, "give the head to start from"));
    }

    private String render(Direction direction, String from, String to, Set<String> applied,
                          List<MigrationSource> steps) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- autogen ").append(direction.sql()).append(" from ").append(from).append(" to ").append(to)
                .append(": ").append(steps.size()).append(steps.size() == 1 ? " migration" : " migrations")
                .append(".\n-- Run it with: psql -v ON_ERROR_STOP=1 -f <this file>\n")
                .append("-- Each migration runs in its own transaction with its history row, as autogen ")
                .append(direction.sql()).append(" runs it.\n\n");
        line(sql, HistorySql.LOCK);
        line(sql, "set lock_timeout = " + millis(options.lockTimeout().toMillis()));
        line(sql, "set statement_timeout = " + millis(options.statementTimeout().toMillis()));
        history.createIfAbsent().forEach(s -> line(sql, s));
        line(sql, history.requireFinished());
        line(sql, history.requireHeads(graph.headsOf(applied)));
        for (MigrationSource m : steps) {
            List<String> before = graph.headsOf(applied);
            if (direction == Direction.UPGRADE) {
                applied.add(m.revision());
            } else {
                applied.remove(m.revision());
            }
            step(sql, m, direction, before, graph.headsOf(applied));
        }
        sql.append('\n');
        line(sql, HistorySql.UNLOCK);
        return sql.toString();
    }

    private void step(StringBuilder sql, MigrationSource m, Direction direction, List<String> headsBefore,
                      List<String> headsAfter) {
        List<Statement> statements = direction == Direction.UPGRADE ? m.upgrade() : m.downgrade();
        sql.append("\n-- ").append(direction.sql()).append(' ').append(m.revision()).append("  ")
                .append(m.message().replace('\n', ' ')).append('\n');
        if (direction == Direction.UPGRADE && !m.hazards().isEmpty()) {
            sql.append("-- hazards: ").append(String.join(", ", m.hazards())).append('\n');
        }
        if (statements.stream().allMatch(Statement::transactional)) {
            line(sql, "begin");
            statements.forEach(s -> line(sql, s.sql()));
            line(sql, history.insertLiteral(row(m, direction, headsAfter, Status.SUCCESS, Optional.empty())));
            line(sql, "commit");
            return;
        }
        sql.append("-- This migration runs in parts: steps that may not run in a transaction run on their own.\n")
                .append("-- Each part records its progress: should the script stop in the middle, autogen ")
                .append(direction.sql()).append(" takes the migration up where it stopped.\n");
        List<Statement> rehearsed = GuardRehearsal.statements(statements, 0);
        if (!rehearsed.isEmpty()) {
            sql.append("-- Its guards run first, in a transaction rolled back at once, before anything changes.\n");
            line(sql, "begin");
            line(sql, HistorySql.rehearsal(rehearsed.stream().map(Statement::sql).toList()));
            line(sql, "rollback");
        }
        line(sql, history.insertLiteral(row(m, direction, headsBefore, Status.RUNNING,
                Optional.of(StepRun.RUNS_IN_PARTS))));
        boolean open = false;
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (s.transactional() && !open) {
                line(sql, "begin");
                open = true;
            } else if (!s.transactional() && open) {
                line(sql, history.progressLiteral(m.revision(), i));
                line(sql, "commit");
                open = false;
            }
            line(sql, s.sql());
            if (!s.transactional()) {
                line(sql, history.progressLiteral(m.revision(), i + 1));
            }
        }
        if (open) {
            line(sql, history.progressLiteral(m.revision(), statements.size()));
            line(sql, "commit");
        }
        line(sql, history.finishLiteral(m.revision(), Status.SUCCESS, headsAfter));
    }

    private HistoryRow row(MigrationSource m, Direction direction, List<String> heads, Status status,
                           Optional<String> detail) {
        return recorder.row(m, direction, heads, status, Instant.EPOCH, 0, detail);
    }

    private static String millis(long millis) {
        return "'" + millis + "ms'";
    }

    private static void line(StringBuilder sql, String statement) {
        sql.append(statement).append(";\n");
    }
}
