package autogen.rehearse;

import autogen.codegen.OperationDescriber;
import autogen.diff.PlanHints;
import autogen.diff.SchemaDiffer;
import autogen.diff.SchemaFilter;
import autogen.diff.SchemaFingerprint;
import autogen.diff.op.Operation;
import autogen.engine.CheckService;
import autogen.engine.DatabaseSession;
import autogen.engine.DatabaseUrl;
import autogen.engine.Migrations;
import autogen.engine.Progress;
import autogen.engine.RunPolicy;
import autogen.engine.Settings;
import autogen.introspect.IntrospectionScope;
import autogen.introspect.PostgresIntrospector;
import autogen.rehearse.RehearsalReport.Check;
import autogen.rehearse.RehearsalReport.Copied;
import autogen.rehearse.RehearsalReport.Pass;
import autogen.rehearse.RehearsalReport.Problem;
import autogen.runner.AutogenException;
import autogen.runner.Failure;
import autogen.runner.MigrationRunner;
import autogen.runner.MigrationSource;
import autogen.runner.RevisionGraph;
import autogen.schema.Schema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code autogen rehearse}: the pending migrations applied, reverted and applied again on a copy of the database
 * (or, {@code --in-place}, on a database the user says is one), measured step by step, with every table's rows
 * compared before the upgrade and after the downgrade. The source is read in one read-only snapshot and never
 * written; the copy goes when the rehearsal ends, however it ends.
 */
public final class Rehearsal {
    /** The setting that bounds the size of a copy. */
    public static final String MAX_SIZE_SETTING = "rehearse.max-size";
    public static final String DEFAULT_MAX_SIZE = "4GB";

    /**
     * What to rehearse up to ({@code heads} by default), on the database itself or a copy, with how many writers,
     * the copy's size limit when given on the command line, the policy that tells production, and what to do with
     * the copy's URL before it goes ({@code --keep}: returns when the copy may go).
     */
    public record Options(String target, boolean inPlace, int writers, Optional<String> maxSize, RunPolicy policy,
                          Optional<Consumer<String>> keep) {
    }

    /** What a rehearsal works on: its database, the scope both sides are read in, and the source's schema. */
    private record Ground(String name, DatabaseSession db, RevisionGraph graph, List<String> fromRevisions,
                          List<String> schemas, IntrospectionScope scope, Schema source, Optional<Copied> copied,
                          List<String> notes) {
    }

    public RehearsalReport rehearse(Settings settings, Options options) {
        // Mistakes in what was asked first, before any file is read or anything starts.
        if (options.writers() < 0) {
            throw new AutogenException(Failure.USAGE, "--writers must be 0 or more, not " + options.writers());
        }
        long maxSize = ByteSize.parse(options.maxSize().or(() -> settings.fileSetting(MAX_SIZE_SETTING))
                .orElse(DEFAULT_MAX_SIZE), MAX_SIZE_SETTING);
        DatabaseUrl url = settings.database().orElseThrow(() -> new AutogenException(Failure.BAD_INPUT,
                "rehearse needs the database to rehearse against: pass --db URL, set DATABASE_URL or database.url in "
                        + Settings.CONFIG_FILE));
        RevisionGraph graph = Migrations.load(settings, Migrations.Folder.REQUIRED);
        if (options.inPlace()) {
            options.policy().production(settings.productionNames()).ifPresent(environment -> {
                throw new AutogenException(Failure.REFUSED, "rehearse --in-place refused: " + environment
                        + ", and a rehearsal upgrades, downgrades and upgrades the database it runs on; without"
                        + " --in-place it runs on a copy and leaves this one alone");
            });
        }
        try (DatabaseSession source = DatabaseSession.connect(url, settings.timeouts())) {
            return source.call(() -> options.inPlace()
                    ? inPlace(settings, options, graph, source)
                    : onCopy(settings, options, graph, source, maxSize));
        }
    }

    private RehearsalReport inPlace(Settings settings, Options options, RevisionGraph graph, DatabaseSession db)
            throws Exception {
        Connection c = db.connection();
        List<String> from = new MigrationRunner(c, line -> { }, settings.runnerOptions()).heads(graph);
        List<String> schemas = new PostgresIntrospector().userSchemas(c, List.of(RehearsalSql.HASH_SCHEMA));
        IntrospectionScope scope = scope(settings, schemas);
        Schema schema = read(c, scope, settings.filter());
        Ground ground = new Ground(db.description(), db, graph, from, schemas, scope, schema, Optional.empty(),
                List.of("rehearsed in place on " + db.description() + ", which was said to be a copy"));
        return rehearse(settings, options, ground);
    }

    private RehearsalReport onCopy(Settings settings, Options options, RevisionGraph graph, DatabaseSession source,
                                   long maxSize) throws Exception {
        Connection src = source.connection();
        // One read-only snapshot: every table as of one moment, and nothing this session does can write.
        src.setAutoCommit(false);
        src.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        src.setReadOnly(true);
        try {
            long size = number(src, RehearsalSql.userDataSize(
                    new PostgresIntrospector().userSchemas(src, List.of(RehearsalSql.HASH_SCHEMA))));
            if (size > maxSize) {
                throw new AutogenException(Failure.REFUSED, "rehearse refused: the tables of " + source.description()
                        + " take " + ByteSize.describe(size) + ", more than " + MAX_SIZE_SETTING + " ("
                        + ByteSize.describe(maxSize) + "): raise " + MAX_SIZE_SETTING + " (--max-size), or rehearse"
                        + " --in-place on a database that is already a copy");
            }
            List<String> from = new MigrationRunner(src, line -> { }, settings.runnerOptions()).heads(graph);
            String sourceVersion = text(src, RehearsalSql.SERVER_VERSION);
            try (DatabaseSession copy = Progress.ofUnchecked("starting the PostgreSQL for the copy",
                    () -> DatabaseSession.throwaway(settings.timeouts()))) {
                RehearsalReport report = copy.call(() -> copyAndRehearse(settings, options, graph, source, copy,
                        new Snapshot(from, size, sourceVersion)));
                options.keep().ifPresent(keep -> keep.accept(copy.throwawayUrl().orElseThrow().jdbcUrl()));
                return report;
            }
        } finally {
            try {
                src.rollback();
            } catch (SQLException gone) {
                // The session goes with the connection; a read-only snapshot left nothing to undo.
            }
        }
    }

    /** What was read of the source before the copy started: its revisions, size and server version. */
    private record Snapshot(List<String> from, long bytes, String serverVersion) {
        String revisions() {
            return from.isEmpty() ? "base" : String.join(", ", from);
        }
    }

    /**
     * Builds the source's schema on {@code copy} by replaying its migrations, stops when the source drifted from
     * them, else copies the rows from the source's snapshot and rehearses there.
     */
    private RehearsalReport copyAndRehearse(Settings settings, Options options, RevisionGraph graph,
                                            DatabaseSession source, DatabaseSession copy, Snapshot snapshot)
            throws Exception {
        Connection src = source.connection();
        Connection c = copy.connection();
        MigrationRunner replay = new MigrationRunner(c, line -> { }, settings.runnerOptions());
        Progress.of("building the schema of " + snapshot.revisions() + " on the copy", () -> {
            for (String head : snapshot.from()) {
                replay.upgrade(graph, head);
            }
            return null;
        });
        List<String> schemas = new PostgresIntrospector().userSchemas(c, List.of(RehearsalSql.HASH_SCHEMA));
        IntrospectionScope scope = scope(settings, schemas);
        Schema schema = read(src, scope, settings.filter());
        List<String> notes = new ArrayList<>(List.of(versions(snapshot.serverVersion(),
                text(c, RehearsalSql.SERVER_VERSION))));
        List<String> drift = drift(read(c, scope, settings.filter()), schema);
        if (!drift.isEmpty()) {
            return stopped(source.description(), snapshot.from(), options, notes, new Problem(Problem.Kind.DRIFT,
                    source.description() + " differs from what its migrations build at " + snapshot.revisions()
                            + ": " + String.join("; ", drift) + " (autogen check --db lists it): the rehearsal"
                            + " stopped before running anything"));
        }
        long started = System.nanoTime();
        long rows = DataCopy.copy(src, c, schema.tables(), schemas);
        src.rollback();
        Copied copied = new Copied(schema.tables().size(), rows, snapshot.bytes(),
                (System.nanoTime() - started) / 1_000_000);
        return rehearse(settings, options, new Ground(source.description(), copy, graph, snapshot.from(), schemas,
                scope, schema, Optional.of(copied), notes));
    }

    /** The rehearsal proper, on a database at the source's revisions holding its rows. */
    private RehearsalReport rehearse(Settings settings, Options options, Ground ground) throws Exception {
        Connection c = ground.db().connection();
        List<String> notes = new ArrayList<>(ground.notes());
        Set<String> ignored = settings.metadata().enabled() ? Set.of(settings.metadata().updatedColumn()) : Set.of();
        if (!ignored.isEmpty()) {
            notes.add("rows are compared without " + String.join(", ", ignored) + ", which autogen's trigger sets on"
                    + " every update");
        }
        RowHashes hashes = new RowHashes(ground.source().tables(), ignored);
        Progress.of("hashing the rows of " + ground.source().tables().size() + " tables", () -> {
            hashes.record(c);
            return null;
        });
        try {
            return measure(settings, options, ground, hashes, notes);
        } finally {
            try {
                hashes.drop(c);
            } catch (SQLException e) {
                // On a copy it goes with the copy; in place, the next rehearsal drops it first.
            }
        }
    }

    /** The three passes, measured, and what they showed. */
    private RehearsalReport measure(Settings settings, Options options, Ground ground, RowHashes hashes,
                                    List<String> notes) throws Exception {
        Connection c = ground.db().connection();
        Set<String> historyTables = new HashSet<>(IntrospectionScope.MIGRATION_HISTORY_TABLES);
        historyTables.add(settings.historyTable().name());
        Connection stats = spare(ground.db());
        Measurements measured = new Measurements(c, stats, ground.schemas(), historyTables);
        measured.publishCounts();
        Sizes.Reading before = Sizes.read(stats, ground.schemas());
        List<Pass> passes = new ArrayList<>();
        List<RehearsalReport.TableData> data = List.of();
        Optional<Boolean> restored = Optional.empty();
        List<RehearsalReport.Size> sizes = List.of();
        Optional<Problem> problem = Optional.empty();
        String pass = "upgrade";
        try (LockSampler sampler = new LockSampler(spare(ground.db()), (int) number(c, RehearsalSql.BACKEND),
                historyTables, measured::currentStep)) {
            measured.sampleWith(sampler);
            Optional<Writers> writers = Optional.empty();
            try {
                if (options.writers() > 0) {
                    List<Connection> connections = new ArrayList<>();
                    for (int i = 0; i < options.writers(); i++) {
                        connections.add(spare(ground.db()));
                    }
                    writers = Optional.of(Writers.start(connections, Writers.targets(stats,
                            ground.source().tables()), measured::currentStep));
                }
                MigrationRunner runner = new MigrationRunner(c, line -> { }, settings.runnerOptions(), measured);
                List<MigrationSource> applied = Progress.of("upgrading", () -> runner.upgrade(ground.graph(),
                        options.target()));
                passes.add(new Pass(pass, measured.take(sampler.seen(), writers)));
                if (applied.isEmpty()) {
                    notes.add("nothing to rehearse: " + ground.db().description() + " is at " + options.target());
                } else {
                    sizes = Sizes.compare(before, Sizes.read(stats, ground.schemas()));
                    pass = "downgrade";
                    Progress.of("downgrading", () -> runner.downgrade(ground.graph(), "-" + applied.size()));
                    passes.add(new Pass(pass, measured.take(sampler.seen(), writers)));
                    data = hashes.compare(c, DeclaredChanges.of(applied));
                    restored = Optional.of(drift(read(c, ground.scope(), settings.filter()), ground.source())
                            .isEmpty());
                    pass = "upgrade again";
                    Progress.of("upgrading again", () -> runner.upgrade(ground.graph(), options.target()));
                    passes.add(new Pass(pass, measured.take(sampler.seen(), writers)));
                }
            } catch (AutogenException e) {
                if (e.failure() != Failure.MIGRATION_FAILED) {
                    throw e;
                }
                measured.failed(e.getMessage());
                passes.add(new Pass(pass, measured.take(sampler.seen(), writers)));
                problem = Optional.of(new Problem(Problem.Kind.MIGRATION_FAILED, "the " + pass + " failed on the "
                        + (ground.copied().isPresent() ? "copy" : "database") + ": " + e.getMessage()));
            } finally {
                if (writers.isPresent()) {
                    writers.get().close();
                }
            }
            sampler.failure().ifPresent(why -> notes.add("locks were not sampled: " + why));
        }
        if (!measured.countsExact()) {
            notes.add("rows changed are as the server's statistics had them: this PostgreSQL publishes them within a"
                    + " second or so");
        }
        boolean ranAll = problem.isEmpty() && passes.size() == 3;
        Check check = ranAll ? check(settings, options, ground) : new Check(Optional.empty(),
                problem.isPresent() ? "not run: the rehearsal stopped" : "not run: nothing to rehearse");
        if (problem.isEmpty()) {
            problem = firstProblem(data, restored, check);
        }
        return new RehearsalReport(ground.name(), where(ground), ground.fromRevisions(),
                options.target(), ground.copied(), passes, data, restored, sizes, check, notes, problem);
    }

    private static Optional<Problem> firstProblem(List<RehearsalReport.TableData> data, Optional<Boolean> restored,
                                                  Check check) {
        if (restored.isPresent() && !restored.get()) {
            return Optional.of(new Problem(Problem.Kind.SCHEMA_NOT_RESTORED, "the downgrade did not bring back the"
                    + " schema as it was"));
        }
        List<String> undeclared = data.stream().filter(RehearsalReport.TableData::undeclaredDifference)
                .map(t -> t.table() + (t.error().isPresent() ? " (" + t.error().get() + ")"
                        : " (" + t.differing() + " rows)")).toList();
        if (!undeclared.isEmpty()) {
            return Optional.of(new Problem(Problem.Kind.UNDECLARED_DATA_CHANGE, "rows differ after the downgrade"
                    + " and no migration declares it: " + String.join(", ", undeclared)));
        }
        if (check.inSync().isPresent() && !check.inSync().get()) {
            return Optional.of(new Problem(Problem.Kind.NOT_IN_SYNC, "after the second upgrade, " + check.detail()));
        }
        return Optional.empty();
    }

    /** {@code check} on the database rehearsed on, after the second upgrade, when the entities are configured. */
    private static Check check(Settings settings, Options options, Ground ground) {
        if (!List.of("head", "heads").contains(options.target())) {
            return new Check(Optional.empty(), "not run: the rehearsal stopped at " + options.target()
                    + ", not at the head");
        }
        if (settings.entityPackages().isEmpty()) {
            return new Check(Optional.empty(), "not run: no entity packages configured");
        }
        Settings onCopy = ground.db().throwawayUrl().map(settings::withDatabase).orElse(settings);
        CheckService.Check result = new CheckService().check(onCopy, false);
        if (result.inSync()) {
            return new Check(Optional.of(true), "in sync with the entities");
        }
        List<String> lines = result.differences().up().stream().map(OperationDescriber::describe).limit(5).toList();
        return new Check(Optional.of(false), "the entities and the schema differ: " + String.join("; ", lines));
    }

    private static RehearsalReport stopped(String source, List<String> from, Options options, List<String> notes,
                                           Problem problem) {
        return new RehearsalReport(source, "on a copy (embedded PostgreSQL)", from, options.target(), Optional.empty(),
                List.of(), List.of(), Optional.empty(), List.of(), new Check(Optional.empty(),
                "not run: the rehearsal stopped"), notes, Optional.of(problem));
    }

    private static String where(Ground ground) {
        return ground.copied().isPresent() ? "on a copy (embedded PostgreSQL)" : "in place";
    }

    /** What the migrations built and the source differ in, as the operations that would make one the other. */
    private static List<String> drift(Schema built, Schema source) {
        if (SchemaFingerprint.of(built).equals(SchemaFingerprint.of(source))) {
            return List.of();
        }
        return new SchemaDiffer(PlanHints.NONE).diff(built, source).up().stream().map(OperationDescriber::describe)
                .toList();
    }

    private static String versions(String source, String copy) {
        String sourceMajor = source.split("[. ]")[0];
        String copyMajor = copy.split("[. ]")[0];
        return "the copy runs PostgreSQL " + copy + (sourceMajor.equals(copyMajor) ? ", the source's major version"
                : "; the source runs " + source + ", and " + copyMajor + " is the version autogen carries");
    }

    private static IntrospectionScope scope(Settings settings, List<String> schemas) {
        return new IntrospectionScope(schemas, Set.of(settings.historyTable()))
                .withTriggerFunctions(Set.of(settings.metadata().function()));
    }

    /**
     * The catalog as PostgreSQL spells it: both sides are catalogs, so no spelling through the server is needed,
     * and the source's read-only snapshot could not make the functions spelling uses. What the configuration's
     * filter leaves out is left out here too, as {@code check} leaves it out: neither copied nor compared.
     */
    private static Schema read(Connection c, IntrospectionScope scope, SchemaFilter filter) throws SQLException {
        Schema catalog = new PostgresIntrospector().read(c, scope);
        return filter.apply(catalog, catalog).current();
    }

    private static Connection spare(DatabaseSession db) {
        return db.spareConnection().orElseThrow(() -> new AutogenException(Failure.DATABASE, db.description()
                + " refused another connection; a rehearsal needs two besides the runner's, and one per writer"));
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
