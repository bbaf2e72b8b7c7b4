package autogen.engine;

import autogen.diff.HintException;
import autogen.diff.MigrationPlan;
import autogen.diff.PlanHints;
import autogen.diff.Provenance;
import autogen.diff.Rename;
import autogen.diff.RenameCandidates;
import autogen.diff.SchemaDiffer;
import autogen.diff.SchemaFingerprint;
import autogen.diff.SchemaFilter;
import autogen.introspect.IntrospectionScope;
import autogen.introspect.PostgresIntrospector;
import autogen.introspect.TargetNormalizer;
import autogen.metadata.MetadataInjector;
import autogen.metadata.MetadataSettings;
import autogen.cache.CacheFolder;
import autogen.cache.ModelCache;
import autogen.model.ModelSource;
import autogen.runner.AutogenException;
import autogen.runner.Failure;
import autogen.runner.RevisionGraph;
import autogen.runner.MigrationRunner;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Compares the entities with the current schema: the configured database, which must be at the head of the
 * migrations, or else a throwaway database on which every migration is replayed (the shadow database).
 */
public final class DiffService {

    /** What was compared and what it takes to make the schema match the entities. */
    public record Result(MigrationPlan plan, RevisionGraph graph, String comparedWith, Compared compared) {
        /**
         * Hashes of the compared schemas, hashed when asked for: a migration records them, and a check that writes
         * nothing does not pay for printing and hashing both whole schemas.
         */
        public Fingerprints fingerprints() {
            return new Fingerprints(SchemaFingerprint.of(compared.current()), SchemaFingerprint.of(compared.target()));
        }
    }

    /**
     * The two sides as compared, spelled and filtered, with the scope the catalog was read in and whether the
     * current side is the configured database (else the migrations replayed on the shadow database).
     */
    public record Compared(MigrationPlan plan, Schema current, Schema target, IntrospectionScope scope,
                           boolean database) {
        Result result(RevisionGraph graph, String comparedWith) {
            return new Result(plan, graph, comparedWith, this);
        }
    }

    /** Hashes of the compared schemas, the current one and the entities', as a migration's header records them. */
    public record Fingerprints(String current, String target) {
    }

    public Result diff(Settings settings) {
        return diff(settings, false);
    }

    /** With {@code renameToConvention}, unnamed objects the database calls otherwise are renamed (opt-in). */
    public Result diff(Settings settings, boolean renameToConvention) {
        return diff(settings, RevisionHints.renamingToConvention(renameToConvention), graph -> { });
    }

    /**
     * The plan that follows {@code hints} (with the configuration's), with {@code precondition} checked on the
     * migrations before any work.
     */
    public Result diff(Settings settings, RevisionHints hints, Consumer<RevisionGraph> precondition) {
        try {
            Result result = timedDiff(settings, hints, precondition);
            if (ArchiveTraining.enabled()) {
                try {
                    ArchiveTraining.exercise(result.compared().target());
                } catch (RuntimeException e) {
                    // Nothing depends on it: the command's answer stands, and the archive is only smaller.
                }
            }
            return result;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // Database errors arrive translated by DatabaseSession.call; what is left is a bug.
            throw new IllegalStateException(e);
        }
    }

    private Result timedDiff(Settings settings, RevisionHints hints, Consumer<RevisionGraph> precondition)
            throws Exception {
        // Read the cheap, local inputs first, so bad input fails before any database work.
        ModelCache models = modelCache(System.getenv());
        RevisionGraph graph = Timings.time("migrations",
                () -> Migrations.load(settings, Migrations.Folder.MAY_BE_MISSING));
        precondition.accept(graph);
        ModelSource source = new ModelSource(settings.classPath(), settings.requireEntityPackages(),
                settings.hibernate());
        // Two helper threads: one reads the entities' model (Hibernate's boot when the cache is cold) while this
        // one starts the database and replays the migrations; the other reads and spells the catalog as soon as
        // the database is ready, on a connection of its own. Each waits mostly on something else: the server,
        // or the other core.
        ExecutorService background = Executors.newFixedThreadPool(2, daemonThreads("autogen-background"));
        // A model read from the entities is written to the cache on a thread of its own while the comparison goes
        // on, and this method waits for the write before it returns (the CLI's exit would cut it short).
        ExecutorService storing = Executors.newSingleThreadExecutor(daemonThreads("autogen-model-store"));
        Future<Schema> model = background.submit(() -> Timings.time("model",
                () -> models.read(source, storing)));
        Optional<ShadowCache> shadows = shadowCache();
        try (DatabaseSession db = Timings.time("database", () -> settings.database().isPresent() ? open(settings)
                : Progress.of("starting the throwaway PostgreSQL", () -> DatabaseSession.throwaway(settings.timeouts(),
                        shadows.flatMap(c -> c.best(graph, settings)))))) {
            String comparedWith = db.call(() -> prepare(db, settings, graph, shadows));
            return db.call(() -> compare(db, settings, hints, graph, model, background)
                    .result(graph, comparedWith));
        } finally {
            background.shutdownNow();
            finishStoring(storing);
        }
    }

    /**
     * Brings a throwaway database to the head of the migrations, or checks that the configured one is there;
     * returns what the entities are compared with, for messages.
     */
    private static String prepare(DatabaseSession db, Settings settings, RevisionGraph graph,
                                  Optional<ShadowCache> shadows) throws Exception {
        MigrationRunner runner = new MigrationRunner(db.connection(), line -> { }, settings.runnerOptions());
        if (db.isThrowaway()) {
            List<?> replayed = Timings.time("replay", () -> Progress.of("replaying the migrations on it",
                    () -> runner.upgrade(graph, "heads")));
            if (!replayed.isEmpty()) {
                shadows.flatMap(c -> c.complete(graph, settings)).ifPresent(db::keepOnClose);
            }
            List<String> heads = graph.heads();
            return "the migrations in " + settings.migrations() + (heads.isEmpty() ? " (none yet)"
                    : " (head" + (heads.size() == 1 ? " " : "s ") + String.join(", ", heads) + ")");
        }
        requireAtHeads(runner, graph, db);
        runner.requireUntouched(graph);
        return db.description();
    }

    /** The plan from the database's schema to the entities', whose model is being read on {@code background}. */
    private static Compared compare(DatabaseSession db, Settings settings, RevisionHints hints, RevisionGraph graph,
                                    Future<Schema> model, ExecutorService background) throws Exception {
        // The scope the configuration alone gives; entities in yet another schema mean a second read below.
        IntrospectionScope expected = scope(Schema.empty(), settings);
        // One normalizer spells both sides, each on its own connection: what one learns, the other reuses.
        TargetNormalizer spelling = new TargetNormalizer();
        Future<Optional<Schema>> earlyCatalog = background.submit(() -> earlyCatalog(db, spelling, expected));
        MetadataInjector metadata = new MetadataInjector(settings.metadata());
        Schema injected = metadata.inject(resultOf(model));
        KeyColumns.require(injected);
        Schema target = Timings.time("normalize", () -> spelling.normalize(db.connection(), injected));
        // Spelling changes no name, so the scope of the spelled target is that of the injected one.
        IntrospectionScope needed = scope(injected, settings);
        Optional<Schema> early = needed.equals(expected) ? resultOf(earlyCatalog) : Optional.empty();
        Schema catalog = early.isPresent() ? early.get() : spelled(spelling, db.connection(),
                Timings.time("introspect", () -> new PostgresIntrospector().read(db.connection(), needed)));
        // What the numbers in ORDINAL enum columns mean is not in the catalog: the migrations recorded it.
        Schema current = metadata.hideWhenDisabled(catalog, target).withOrdinals(RecordedOrdinals.of(graph));
        SchemaFilter.Filtered filtered = settings.filter().apply(current, target);
        MigrationPlan plan = Timings.time("diff", () -> plan(settings, hints, graph, filtered.current(),
                filtered.target()));
        if (!db.isThrowaway()) {
            // The schema is a live database: its data puts figures into the plan's hazards.
            MigrationPlan planned = plan;
            plan = Timings.time("preflight", () -> Preflight.annotate(db.connection(), planned));
        }
        return new Compared(plan, filtered.current(), filtered.target(), needed, !db.isThrowaway());
    }

    /**
     * The plan from {@code current} to {@code target} that follows the hints; a drop and an add that the question's
     * answer makes a rename are planned again as that rename. Rules the entities do not state are removed only when
     * autogen's own migrations made them or the user asked.
     */
    private static MigrationPlan plan(Settings settings, RevisionHints hints, RevisionGraph graph, Schema current,
                                      Schema target) {
        List<Hints.Hint> renames = new java.util.ArrayList<>();
        settings.hints().renames().forEach(h -> renames.add(new Hints.Hint(h, true)));
        hints.renames().forEach(h -> renames.add(new Hints.Hint(h, false)));
        List<Hints.Hint> backfills = new java.util.ArrayList<>();
        settings.hints().backfills().forEach(h -> backfills.add(new Hints.Hint(h, true)));
        hints.backfills().forEach(h -> backfills.add(new Hints.Hint(h, false)));
        Provenance provenance = Hints.provenance(hints.dropUnstated(), () -> MadeByAutogen.of(graph));
        PlanHints planHints = Hints.resolve(hints.renameToConvention(), renames, backfills, current, target)
                .withProvenance(provenance).withOnline(hints.online())
                .withSerialAsIdentity(settings.hints().serialAsIdentity());
        try {
            MigrationPlan plan = new SchemaDiffer(planHints).diff(current, target);
            List<Rename> confirmed = RenameCandidates.of(plan.up()).stream().filter(hints.question()::isRename)
                    .map(RenameCandidates.Candidate::rename).toList();
            MigrationPlan planned = confirmed.isEmpty() ? plan
                    : new SchemaDiffer(planHints.withRenames(confirmed)).diff(current, target);
            List<String> unmatched = provenance.unmatchedNames(planned);
            if (!unmatched.isEmpty()) {
                throw new AutogenException(Failure.BAD_INPUT, "--drop-unstated " + String.join(", ", unmatched)
                        + ": no index, key, check, NOT NULL or default of that name would be removed; autogen check"
                        + " lists those only in the database");
            }
            return planned;
        } catch (HintException e) {
            throw new AutogenException(Failure.BAD_INPUT, e.getMessage());
        }
    }

    /**
     * The catalog read and spelled on spare connections while the main one spells the target; none on a server
     * that allows no spare connection, and then it is read on the main one once the target is spelled.
     */
    private static Optional<Schema> earlyCatalog(DatabaseSession db, TargetNormalizer spelling,
                                                 IntrospectionScope scope) throws Exception {
        Optional<Connection> spare = db.spareConnection();
        if (spare.isEmpty()) {
            return Optional.empty();
        }
        Connection c = spare.get();
        Optional<Connection> second = db.spareConnection();
        PostgresIntrospector introspector = new PostgresIntrospector();
        return Optional.of(spelled(spelling, c, Timings.time("introspect", () -> second.isPresent()
                ? introspector.read(c, second.get(), scope) : introspector.read(c, scope))));
    }

    /** The shadow databases kept in the cache folder, pruned to the newest few; none without a cache folder. */
    private static Optional<ShadowCache> shadowCache() {
        Optional<ShadowCache> cache = CacheFolder.forUser(System.getenv())
                .map(folder -> new ShadowCache(folder.resolve("shadow")));
        cache.ifPresent(ShadowCache::prune);
        return cache;
    }

    /** Threads that never keep the JVM alive: the CLI exits once its answer is printed. */
    private static ThreadFactory daemonThreads(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Lets a model being written to the cache finish: a write cut short would only leave a temporary file. */
    private static void finishStoring(ExecutorService storing) {
        storing.shutdown();
        try {
            storing.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The catalog, with its own text through the same spelling as the target's, so that an expression another
     * tool wrote compares equal to the same expression from the entities.
     */
    private static Schema spelled(TargetNormalizer spelling, Connection c, Schema catalog) throws Exception {
        return Timings.time("normalize", () -> spelling.normalize(c, catalog));
    }

    /**
     * The entities' model cache. {@code AUTOGEN_MODEL_CACHE=refresh} reads the entities through Hibernate's boot
     * even when their model is cached, and stores it again: {@code ./autogen} sets it on the run that records its
     * class archive, which would otherwise leave out Hibernate's boot whenever the model was cached.
     */
    static ModelCache modelCache(Map<String, String> env) {
        String mode = env.getOrDefault("AUTOGEN_MODEL_CACHE", "");
        return switch (mode) {
            case "" -> ModelCache.forUser(env);
            case "refresh" -> ModelCache.forUser(env).refreshing();
            default -> throw new AutogenException(Failure.BAD_INPUT,
                    "AUTOGEN_MODEL_CACHE must be refresh or unset, not '" + mode + "'");
        };
    }

    /** A background result, with its failure (bad entities, say) rethrown as it was. */
    private static <T> T resultOf(Future<T> work) throws Exception {
        try {
            return work.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    public static DatabaseSession open(Settings settings) {
        return settings.database().map(url -> DatabaseSession.connect(url, settings.timeouts()))
                .orElseGet(() -> DatabaseSession.throwaway(settings.timeouts()));
    }

    /** The schemas the entities use, and always the default one; autogen's version table is never compared. */
    static IntrospectionScope scope(Schema target, Settings settings) {
        return scope(target, settings.filter(), settings.metadata(), settings.historyTable());
    }

    /**
     * What {@code check} introspects: the schemas the entities use, those the filter includes, and always the
     * default one; never autogen's history table; autogen's own trigger function and its triggers.
     */
    public static IntrospectionScope scope(Schema target, SchemaFilter filter, MetadataSettings metadata,
                                           QualifiedName historyTable) {
        TreeSet<String> schemas = new TreeSet<>(List.of(QualifiedName.DEFAULT_SCHEMA));
        schemas.addAll(filter.includeSchemas());
        target.tables().stream().map(Table::name).map(QualifiedName::schema).forEach(schemas::add);
        target.sequences().forEach(s -> schemas.add(s.name().schema()));
        target.enums().forEach(e -> schemas.add(e.name().schema()));
        schemas.addAll(target.namespaces());
        return new IntrospectionScope(List.copyOf(schemas), Set.of(historyTable))
                .withTriggerFunctions(Set.of(metadata.function()));
    }

    private static void requireAtHeads(MigrationRunner runner, RevisionGraph graph, DatabaseSession db) {
        List<String> current = runner.heads(graph);
        List<String> heads = graph.heads();
        if (!current.equals(heads)) {
            throw new AutogenException(Failure.NOT_AT_HEAD, db.description() + " is at "
                    + (current.isEmpty() ? "base" : String.join(", ", current)) + " but the migrations' head"
                    + (heads.size() == 1 ? " is " : "s are ") + (heads.isEmpty() ? "base" : String.join(", ", heads))
                    + ": run autogen upgrade " + (heads.size() > 1 ? "heads" : "head") + " first");
        }
    }
}
