package autogen.runner;

import autogen.migration.Statement;
import autogen.runner.HistoryRow.Direction;
import autogen.runner.HistoryRow.Status;
import autogen.schema.QualifiedName;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies, reverts, stamps and repairs migrations on one database. Every command that writes takes the migration
 * lock before it reads the history and holds it until it is done, so concurrent runners apply each migration
 * once; it refuses to go on while an applied migration's source has changed or a step did not finish.
 */
public final class MigrationRunner {
    private final Connection connection;
    private final Consumer<String> progress;
    private final Options options;
    private final Recorder recorder = new Recorder();
    private final StepObserver observer;

    /**
     * How long to wait for the migration lock ({@link Duration#ZERO}: no bound), where the history table is, and how
     * long a migration's statement may wait for a table's lock and run (PostgreSQL's {@code lock_timeout} and
     * {@code statement_timeout}; zero for no limit).
     */
    public record Options(Duration lockWait, QualifiedName historyTable, Duration lockTimeout,
                          Duration statementTimeout) {
        public static final Options DEFAULT = new Options(Duration.ZERO, HistorySql.DEFAULT_TABLE);

        /** Options under which a migration's statements wait as long as PostgreSQL lets them. */
        public Options(Duration lockWait, QualifiedName historyTable) {
            this(lockWait, historyTable, Duration.ZERO, Duration.ZERO);
        }
    }

    /** {@code progress} hears one line per step, and one when the lock is held by another command. */
    public MigrationRunner(Connection connection, Consumer<String> progress, Options options) {
        this(connection, progress, options, StepObserver.NONE);
    }

    /** A runner whose statements {@code observer} hears start and end. */
    public MigrationRunner(Connection connection, Consumer<String> progress, Options options, StepObserver observer) {
        this.connection = connection;
        this.progress = progress;
        this.options = options;
        this.observer = observer;
    }

    /** The history as it is; reads only. */
    public History history() {
        try {
            return table().read();
        } catch (SQLException e) {
            throw new AutogenException(Failure.DATABASE, "cannot read the history table: " + firstLine(e.getMessage()),
                    e);
        }
    }

    /** Where the database is: its heads, each a revision of {@code graph}; none at base. */
    public List<String> heads(RevisionGraph graph) {
        return knownHeads(graph, withToolHistory(graph, history()));
    }

    /**
     * The history, where the migrations are in a tool's format, as that tool's table says the database is: the tool
     * itself may have applied or reverted them since autogen last did (autogen keeps that table too, so they agree
     * after its own steps).
     */
    private History withToolHistory(RevisionGraph graph, History history) {
        Optional<ToolHistory> tool = graph.ordered().stream().flatMap(m -> m.tool().stream()).map(ToolRecord::history)
                .findFirst();
        if (tool.isEmpty()) {
            return history;
        }
        try {
            Set<String> keys = tool.get().appliedKeys(connection);
            Set<String> applied = new TreeSet<>();
            graph.ordered().stream().filter(m -> m.tool().map(t -> t.appliedIn(keys)).orElse(false))
                    .forEach(m -> applied.add(m.revision()));
            return history.withHeads(graph.headsOf(applied));
        } catch (SQLException e) {
            throw new AutogenException(Failure.DATABASE, "cannot read the migration tool's history table: "
                    + firstLine(e.getMessage()), e);
        }
    }

    /** Applies migrations up to {@code target}: {@code head}, {@code heads}, {@code +n} or a revision (prefix). */
    public List<MigrationSource> upgrade(RevisionGraph graph, String target) {
        return upgrade(graph, target, StepGuard.NONE);
    }

    /** {@link #upgrade(RevisionGraph, String)}, once {@code guard} has approved the migrations it would run. */
    public List<MigrationSource> upgrade(RevisionGraph graph, String target, StepGuard guard) {
        return move(graph, Direction.UPGRADE, guard, applied -> Targets.upgrade(graph, applied, target));
    }

    /** Reverts migrations down to {@code target}: {@code -n}, {@code base} or a revision (prefix). */
    public List<MigrationSource> downgrade(RevisionGraph graph, String target) {
        return downgrade(graph, target, StepGuard.NONE);
    }

    /** {@link #downgrade(RevisionGraph, String)}, once {@code guard} has approved the migrations it would revert. */
    public List<MigrationSource> downgrade(RevisionGraph graph, String target, StepGuard guard) {
        return move(graph, Direction.DOWNGRADE, guard, applied -> Targets.downgrade(graph, applied, target));
    }

    /**
     * Runs the steps {@code steps} picks from what is applied, each with the heads it leaves. A migration whose run
     * did not finish is taken up where it stopped, first, when it is among them and can be; otherwise the command
     * refuses, saying what would take it up.
     */
    private List<MigrationSource> move(RevisionGraph graph, Direction direction, StepGuard guard,
                                       Function<Set<String>, List<MigrationSource>> steps) {
        return write(graph, Unfinished.RESUME, history -> {
            Set<String> applied = applied(graph, history);
            List<MigrationSource> todo = new ArrayList<>(steps.apply(applied));
            Optional<HistoryRow> interrupted = history.unfinished();
            if (interrupted.isPresent()) {
                todo = resumingFirst(graph, interrupted.get(), direction, todo);
            }
            if (!todo.isEmpty()) {
                guard.approve(direction == Direction.UPGRADE, todo, connection);
            }
            for (MigrationSource m : todo) {
                List<String> before = graph.headsOf(applied);
                if (direction == Direction.UPGRADE) {
                    applied.add(m.revision());
                } else {
                    applied.remove(m.revision());
                }
                Optional<HistoryRow> resuming = interrupted.filter(row -> row.revision().equals(m.revision()));
                step().run(m, direction, before, graph.headsOf(applied), resuming);
                interrupted = Optional.empty();
            }
            return todo;
        });
    }

    /**
     * {@code todo} with the interrupted migration first (its parents are applied: it began), once sure it can be
     * taken up: the same direction, among what was asked, its source as it was, and nothing in doubt.
     */
    private static List<MigrationSource> resumingFirst(RevisionGraph graph, HistoryRow row, Direction direction,
                                                       List<MigrationSource> todo) {
        Optional<MigrationSource> m = todo.stream().filter(t -> t.revision().equals(row.revision())).findFirst();
        if (row.direction() != direction || m.isEmpty()) {
            throw unfinished(graph, row, "autogen " + row.direction().sql() + " takes it up where it stopped");
        }
        if (row.checksum().isPresent() && !row.checksum().get().equals(m.get().checksum())) {
            throw unfinished(graph, row, "its file changed since (checksum " + Checksum.shown(m.get().checksum())
                    + ", begun as " + Checksum.shown(row.checksum().get()) + "), so it cannot be taken up where it"
                    + " stopped: check the database, then run autogen repair");
        }
        List<Statement> statements = direction == Direction.UPGRADE ? m.get().upgrade()
                : m.get().downgrade();
        Resumption.refusal(row, statements).ifPresent(why -> {
            throw unfinished(graph, row, why + ": check the database, then run autogen repair");
        });
        List<MigrationSource> ordered = new ArrayList<>(List.of(m.get()));
        todo.stream().filter(t -> t != m.get()).forEach(ordered::add);
        return ordered;
    }

    /**
     * Records the database as being at {@code target} ({@code head}, {@code heads}, {@code base} or a revision)
     * without running anything: for a database whose schema is already there. Returns the revisions recorded as
     * applied and as no longer applied.
     */
    public List<String> stamp(RevisionGraph graph, String target) {
        return write(graph, Unfinished.IGNORE, history -> {
            Set<String> wanted = graph.appliedAt(target, "stamp heads records them all");
            Set<String> applied = applied(graph, history);
            List<String> changed = new ArrayList<>();
            List<MigrationSource> removed = new ArrayList<>(graph.inOrder(minus(applied, wanted)));
            java.util.Collections.reverse(removed);
            for (MigrationSource m : removed) {
                applied.remove(m.revision());
                record(m, Direction.UNSTAMP, graph.headsOf(applied), Optional.empty());
                changed.add("unstamp " + m.revision());
            }
            for (MigrationSource m : graph.inOrder(minus(wanted, applied))) {
                applied.add(m.revision());
                record(m, Direction.STAMP, graph.headsOf(applied), Optional.empty());
                changed.add("stamp " + m.revision());
            }
            return changed;
        });
    }

    /**
     * Accepts the sources as they are now: every applied migration whose checksum changed is recorded with its new
     * one, and a step that did not finish is closed (its migration counts as not applied, so the next upgrade runs
     * it again). Returns what was repaired.
     */
    public List<String> repair(RevisionGraph graph) {
        return write(graph, Unfinished.IGNORE, history -> {
            List<String> repaired = new ArrayList<>();
            List<String> heads = knownHeads(graph, history);
            Optional<HistoryRow> unfinished = history.unfinished();
            if (unfinished.isPresent()) {
                HistoryRow row = unfinished.get();
                MigrationSource m = graph.get(row.revision()).orElseThrow(() -> missing(graph, row.revision()));
                record(m, Direction.REPAIR, heads, Optional.of("closes the " + row.direction().sql()
                        + " that did not finish; it counts as not applied"));
                repaired.add(row.direction().sql() + " of " + m.name() + " that did not finish: closed, not applied");
            }
            for (Verification.Mismatch mismatch : verification(graph, history).mismatches()) {
                record(mismatch.source(), Direction.REPAIR, heads, Optional.of("accepts the changed source"));
                repaired.add(mismatch.source().name() + ": checksum " + Checksum.shown(mismatch.source().checksum())
                        + " accepted (was " + Checksum.shown(mismatch.recorded()) + ")");
            }
            return repaired;
        });
    }

    /** Every applied migration whose source changed, every one no file has, and every one never checked. */
    public Verification verify(RevisionGraph graph) {
        return verification(graph, history());
    }

    /** Refuses, with one line naming the file and both checksums, when an applied migration's source changed. */
    public void requireUntouched(RevisionGraph graph) {
        requireUntouched(verification(graph, history()));
    }

    private interface Work<T> {
        T run(History history) throws SQLException;
    }

    /** What a command does with a step that did not finish: stamp and repair see past it, a move takes it up. */
    private enum Unfinished { IGNORE, RESUME }

    /** Takes the lock, makes sure of the history table, reads it, checks it, and runs {@code work}. */
    private <T> T write(RevisionGraph graph, Unfinished unfinished, Work<T> work) {
        try (MigrationLock lock = MigrationLock.take(connection, options.lockWait(), progress)) {
            HistoryTable table = table();
            table.ensure();
            History history = withToolHistory(graph, table.read());
            if (unfinished == Unfinished.RESUME) {
                requireUntouched(verification(graph, history));
            }
            return work.run(history);
        } catch (SQLException e) {
            throw new AutogenException(Failure.DATABASE, "cannot use the history table: " + firstLine(e.getMessage()),
                    e);
        }
    }

    private StepRun step() {
        return new StepRun(connection, table(), recorder, progress, options, observer);
    }

    private void record(MigrationSource m, Direction direction, List<String> heads, Optional<String> detail)
            throws SQLException {
        table().insert(recorder.row(m, direction, heads, Status.SUCCESS, Instant.now(), 0, detail));
        if (m.tool().isPresent() && (direction == Direction.STAMP || direction == Direction.UNSTAMP)) {
            ToolRecord tool = m.tool().get();
            if (direction == Direction.STAMP) {
                tool.history().record(connection, tool.entries(), 0);
            } else {
                tool.history().remove(connection, tool.entries());
            }
        }
        progress.accept(direction.sql() + " " + m.revision() + "  " + m.message());
    }

    private HistoryTable table() {
        return new HistoryTable(connection, options.historyTable());
    }

    /** The revisions applied: the database's heads and all they follow. */
    private static Set<String> applied(RevisionGraph graph, History history) {
        return new TreeSet<>(graph.ancestors(knownHeads(graph, history)));
    }

    private static List<String> knownHeads(RevisionGraph graph, History history) {
        List<String> heads = history.heads();
        heads.stream().filter(h -> !graph.contains(h)).findFirst().ifPresent(h -> {
            throw missing(graph, h);
        });
        return heads;
    }

    private static AutogenException missing(RevisionGraph graph, String revision) {
        return new AutogenException(Failure.BAD_INPUT, "the database is at revision " + revision
                + ", which no migration in the migrations folder has");
    }

    private static Verification verification(RevisionGraph graph, History history) {
        List<Verification.Mismatch> mismatches = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        Set<String> recorded = new LinkedHashSet<>(history.recorded());
        List<String> missing = recorded.stream().filter(r -> !graph.contains(r)).toList();
        Set<String> applied = new TreeSet<>(history.heads().stream().filter(graph::contains).toList());
        applied = graph.ancestors(applied);
        for (MigrationSource m : graph.inOrder(applied)) {
            Optional<String> checksum = history.lastApplied(m.revision()).flatMap(HistoryRow::checksum);
            if (checksum.isEmpty()) {
                unchecked.add(m.revision());
            } else if (!checksum.get().equals(m.checksum())) {
                mismatches.add(new Verification.Mismatch(m, checksum.get()));
            }
        }
        return new Verification(mismatches, missing, unchecked);
    }

    private static void requireUntouched(Verification verification) {
        verification.mismatches().stream().findFirst().ifPresent(first -> {
            int others = verification.mismatches().size() - 1;
            throw new AutogenException(Failure.BAD_INPUT, first.source().name() + " was changed after it was applied:"
                    + " its checksum is " + Checksum.shown(first.source().checksum()) + ", applied as "
                    + Checksum.shown(first.recorded()) + (others == 0 ? "" : " (and " + others + " more)")
                    + "; autogen verify lists them, autogen repair accepts them once checked");
        });
    }

    private static AutogenException unfinished(RevisionGraph graph, HistoryRow row, String what) {
        String name = graph.get(row.revision()).map(MigrationSource::name).orElse(row.revision());
        return new AutogenException(Failure.BAD_INPUT, "the " + row.direction().sql() + " of " + name + " started "
                + row.startedAt() + " by " + row.who() + " did not finish" + row.detail().map(d -> " (" + d + ")")
                .orElse("") + ": " + what);
    }

    private static Set<String> minus(Set<String> from, Set<String> without) {
        Set<String> rest = new TreeSet<>(from);
        rest.removeAll(without);
        return rest;
    }

    static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
