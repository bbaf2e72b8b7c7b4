package autogen.engine;

import autogen.runner.AutogenException;
import autogen.runner.Failure;
import autogen.runner.History;
import autogen.runner.HistoryRow;
import autogen.runner.MigrationRunner;
import autogen.runner.MigrationSource;
import autogen.runner.RevisionGraph;
import autogen.runner.SqlScript;
import autogen.runner.StepGuard;
import autogen.runner.Verification;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the commands that run or record migrations do: each opens the configured database (or, for a dry run of
 * upgrade or downgrade, a throwaway one), hands the work to the runner, and says where the database is after.
 */
public final class MigrationService {
    /** Where a command left the database: the steps it took and the heads after them. */
    public record Outcome(String database, List<String> steps, List<String> heads, boolean throwaway) {
        public Outcome {
            steps = List.copyOf(steps);
            heads = List.copyOf(heads);
        }
    }

    /** One migration as {@code status} shows it: applied (when, by whom) or pending. */
    public record Entry(MigrationSource source, Optional<HistoryRow> applied, boolean head) {
    }

    /** What {@code status} shows: every migration, and a step that did not finish, if one did not. */
    public record Status(String database, List<Entry> entries, Optional<HistoryRow> unfinished) {
    }

    /** What {@code verify} found, with the graph it checked. */
    public record Checked(String database, RevisionGraph graph, Verification verification) {
    }

    public Outcome upgrade(Settings settings, String target, Consumer<String> progress) {
        return upgrade(settings, target, progress, RunPolicy.UNGUARDED);
    }

    /** An upgrade under {@code policy}: in production, one that would lose data or weaken the schema is refused. */
    public Outcome upgrade(Settings settings, String target, Consumer<String> progress, RunPolicy policy) {
        requireDatabase(settings, "upgrade");
        ProductionGuard guard = new ProductionGuard(policy, settings.productionNames());
        return migrate(settings, progress, "upgrade", (runner, graph) -> names(runner.upgrade(graph, target, guard)));
    }

    public Outcome downgrade(Settings settings, String target, Consumer<String> progress) {
        return downgrade(settings, target, progress, RunPolicy.UNGUARDED);
    }

    /**
     * A downgrade under {@code policy}: refused in production; elsewhere, one that drops a table or column holding
     * data is asked about on a terminal and refused without one.
     */
    public Outcome downgrade(Settings settings, String target, Consumer<String> progress, RunPolicy policy) {
        requireDatabase(settings, "downgrade");
        ProductionGuard guard = new ProductionGuard(policy, settings.productionNames());
        return migrate(settings, progress, "downgrade", (runner, graph) -> names(runner.downgrade(graph, target,
                guard)));
    }

    /**
     * A dry run: the upgrade (or, {@code down}, the downgrade, from every head) tried on a throwaway embedded
     * PostgreSQL, never on the configured database, which is left alone; nothing is kept.
     */
    public Outcome dryRun(Settings settings, String target, boolean down, Consumer<String> progress) {
        String verb = down ? "downgrade" : "upgrade";
        return migrate(settings.withoutDatabase(), progress, verb, (runner, graph) -> names(down
                ? runner.downgrade(graph, target, StepGuard.NONE) : runner.upgrade(graph, target, StepGuard.NONE)));
    }

    /**
     * The SQL script of a range of migrations, written without a database: {@code FROM:TO}, or {@code TO} from
     * {@code base} for an upgrade and from {@code head} for a downgrade.
     */
    public String sql(Settings settings, String range, boolean down) {
        return script(settings, range, down).text();
    }

    /**
     * A range of migrations as {@code autogen sql} reads it: its ends, the migrations it runs in the order it runs
     * them (each upgraded, or reverted when {@code down}), and the script that runs them.
     */
    public record Script(String from, String to, boolean down, List<MigrationSource> migrations, String text) {
        public Script {
            migrations = List.copyOf(migrations);
        }
    }

    /** The script of {@code range}, as {@link #sql} reads it, with the migrations it runs. */
    public Script script(Settings settings, String range, boolean down) {
        RevisionGraph graph = Migrations.load(settings, Migrations.Folder.REQUIRED);
        int colon = range.indexOf(':');
        String from = colon < 0 ? (down ? "head" : "base") : range.substring(0, colon).strip();
        String to = colon < 0 ? range.strip() : range.substring(colon + 1).strip();
        if (from.isEmpty() || to.isEmpty()) {
            throw new AutogenException(Failure.USAGE, "expected FROM:TO or TO, such as base:head or "
                    + (down ? "head:base" : "head") + ", not '" + range + "'");
        }
        SqlScript script = new SqlScript(graph, settings.runnerOptions());
        return new Script(from, to, down, script.migrations(from, to, down),
                down ? script.downgrade(from, to) : script.upgrade(from, to));
    }

    /** Records the database as being at {@code target} without running anything. */
    public Outcome stamp(Settings settings, String target, Consumer<String> progress) {
        return onDatabase(settings, "stamp", progress, (runner, graph) -> runner.stamp(graph, target));
    }

    /** Accepts changed sources and closes a step that did not finish. */
    public Outcome repair(Settings settings, Consumer<String> progress) {
        return onDatabase(settings, "repair", progress, (runner, graph) -> runner.repair(graph));
    }

    public Checked verify(Settings settings) {
        RevisionGraph graph = Migrations.load(settings, Migrations.Folder.REQUIRED);
        try (DatabaseSession db = connect(settings, "verify")) {
            return db.call(() -> new Checked(db.description(), graph, runner(db, settings, line -> { })
                    .verify(graph)));
        }
    }

    public Status status(Settings settings) {
        RevisionGraph graph = Migrations.load(settings, Migrations.Folder.REQUIRED);
        try (DatabaseSession db = connect(settings, "status")) {
            return db.call(() -> {
                MigrationRunner runner = runner(db, settings, line -> { });
                History history = runner.history();
                Set<String> applied = graph.ancestors(runner.heads(graph));
                List<Entry> entries = new ArrayList<>();
                for (MigrationSource m : graph.ordered()) {
                    Optional<HistoryRow> row = applied.contains(m.revision())
                            ? Optional.of(history.lastApplied(m.revision()).orElseGet(() -> recordedBefore(m)))
                            : Optional.empty();
                    entries.add(new Entry(m, row, graph.heads().contains(m.revision())));
                }
                return new Status(db.description(), entries, history.unfinished());
            });
        }
    }

    /** The revisions the database is at, with their migrations; none at base. */
    public Outcome current(Settings settings) {
        RevisionGraph graph = Migrations.load(settings, Migrations.Folder.REQUIRED);
        try (DatabaseSession db = connect(settings, "current")) {
            return db.call(() -> new Outcome(db.description(), List.of(),
                    runner(db, settings, line -> { }).heads(graph), false));
        }
    }

    /** An applied revision that no row records: it was applied before autogen kept a history. */
    private static HistoryRow recordedBefore(MigrationSource m) {
        return new HistoryRow(0, m.revision(), m.parents(), HistoryRow.Direction.STAMP, List.of(), m.message(),
                Optional.empty(), "", Optional.empty(), Optional.empty(), java.time.Instant.EPOCH, 0,
                HistoryRow.Status.SUCCESS, "", Optional.of("applied before autogen kept a history"), 0);
    }

    private interface Work {
        List<String> run(MigrationRunner runner, RevisionGraph graph);
    }

    /** Upgrade and downgrade: on the configured database, or tried on a throwaway one for a dry run. */
    private Outcome migrate(Settings settings, Consumer<String> progress, String verb, Work work) {
        RevisionGraph graph = Migrations.load(settings, Migrations.Folder.REQUIRED);
        try (DatabaseSession db = DiffService.open(settings)) {
            return db.call(() -> {
                MigrationRunner runner = runner(db, settings, progress);
                if (db.isThrowaway()) {
                    progress.accept("Dry run: trying the " + verb + " on a throwaway embedded PostgreSQL;"
                            + " nothing is kept.");
                    if (verb.equals("downgrade")) {
                        runner(db, settings, line -> { }).upgrade(graph, "heads");
                    }
                }
                List<String> steps = work.run(runner, graph);
                return new Outcome(db.description(), steps, runner.heads(graph), db.isThrowaway());
            });
        }
    }

    private Outcome onDatabase(Settings settings, String verb, Consumer<String> progress, Work work) {
        RevisionGraph graph = Migrations.load(settings, Migrations.Folder.REQUIRED);
        try (DatabaseSession db = connect(settings, verb)) {
            return db.call(() -> {
                MigrationRunner runner = runner(db, settings, progress);
                List<String> steps = work.run(runner, graph);
                return new Outcome(db.description(), steps, runner.heads(graph), false);
            });
        }
    }

    /**
     * A deploy whose database setting went missing must not pass for one that ran: upgrade and downgrade run on a
     * throwaway database only when a dry run asks for it by name.
     */
    private static void requireDatabase(Settings settings, String verb) {
        if (settings.database().isEmpty()) {
            throw new AutogenException(Failure.BAD_INPUT, verb + " needs a database: pass --db URL, set DATABASE_URL"
                    + " or database.url in " + Settings.CONFIG_FILE + "; --dry-run tries the " + verb + " on a"
                    + " throwaway embedded PostgreSQL and keeps nothing");
        }
    }

    private static DatabaseSession connect(Settings settings, String verb) {
        return DatabaseSession.connect(settings.database().orElseThrow(() -> new AutogenException(Failure.BAD_INPUT,
                verb + " needs a database: pass --db URL or set DATABASE_URL")), settings.timeouts());
    }

    private static MigrationRunner runner(DatabaseSession db, Settings settings, Consumer<String> progress) {
        return new MigrationRunner(db.connection(), progress, settings.runnerOptions());
    }

    private static List<String> names(List<MigrationSource> steps) {
        return steps.stream().map(MigrationSource::revision).toList();
    }
}
