package autogen.bench;

import autogen.diff.MigrationPlan;
import autogen.diff.op.AddColumn;
import autogen.diff.op.AddForeignKey;
import autogen.diff.op.CreateIndex;
import autogen.diff.op.CreateTable;
import autogen.diff.op.CreateTrigger;
import autogen.diff.op.DropColumn;
import autogen.diff.op.Operation;
import autogen.introspect.embedded.EmbeddedServer;
import autogen.codegen.MigrationMeta;
import autogen.codegen.files.MigrationWriter;
import autogen.schema.Column;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Long histories: one model of {@value #TABLES} entities built by 10, 100 and 1,000 migrations, and
 * {@code autogen check} against the shadow database, as processes, with a cold cache folder (nothing compiled,
 * no shadow database kept) and then warm. The migrations create the tables, a table or a share of them each;
 * beyond one a table, each further migration adds a column that the next drops, so every history ends in the
 * same schema and only the replay differs.
 */
final class HistoryBench {
    static final int TABLES = 100;
    static final List<Integer> LENGTHS = List.of(10, 100, 1000);

    private final BenchOptions options;
    private final Launcher launcher;
    private final Path repo;
    private final EmbeddedServer server;

    HistoryBench(BenchOptions options, Launcher launcher, Path repo, EmbeddedServer server) {
        this.options = options;
        this.launcher = launcher;
        this.repo = repo;
        this.server = server;
    }

    /** Check's time as a process for each history length: the first run cold, the rest warm. */
    Map<Integer, Samples> run() throws Exception {
        Path work = repo.resolve("bench/target/bench-work/history");
        SizeBench.deleteTree(work);
        Path classes = work.resolve("classes");
        EntityCompiler.compile(new EntityModelGenerator(options.seed()).write(work.resolve("src"), TABLES), classes);
        MigrationPlan plan = plan(classes);
        Map<Integer, Samples> results = new LinkedHashMap<>();
        for (int length : LENGTHS) {
            Path migrations = work.resolve("migrations-" + length);
            write(migrations, split(plan.up(), length));
            Path cache = work.resolve("cache-" + length);
            ProcessTimer timer = new ProcessTimer(repo, work, Map.of("AUTOGEN_CACHE_DIR", cache.toString()));
            List<String> check = launcher.command("", "autogen.cli.Main", List.of("check", "--packages",
                    EntityModelGenerator.PACKAGE, "--class-path", classes.toString(), "--migrations",
                    migrations.toString()));
            List<Double> times = new ArrayList<>();
            for (int run = 0; run <= options.runs(); run++) {
                ProcessTimer.Run result = timer.run(check, options.peerLimit());
                if (!result.ok()) {
                    throw new IllegalStateException("check of " + length + " migrations failed:\n" + result.tail());
                }
                times.add(result.millis());
            }
            System.err.println("bench: check of " + length + " migrations: " + times);
            results.put(length, Samples.processes(times));
        }
        return results;
    }

    /** The plan that builds the model on an empty database, as check would find it. */
    private MigrationPlan plan(Path classes) throws Exception {
        CheckPipeline pipeline = new CheckPipeline(classes, EntityModelGenerator.PACKAGE);
        String url = server.createDatabase("history_" + System.nanoTime());
        try (Connection c = DriverManager.getConnection(url)) {
            Schema target = pipeline.target(c, pipeline.readModel());
            return CheckPipeline.diff(pipeline.current(c, pipeline.introspect(c, target), target), target);
        }
    }

    /**
     * The plan's operations as {@code length} migrations: what no table owns first, each table's own in order
     * (several tables to a migration when there are more tables than migrations), the foreign keys last, and then
     * add-and-drop pairs of a column up to the length.
     */
    static List<List<Operation>> split(List<Operation> ops, int length) {
        List<Operation> first = new ArrayList<>();
        List<Operation> last = new ArrayList<>();
        Map<QualifiedName, List<Operation>> byTable = new LinkedHashMap<>();
        for (Operation op : ops) {
            Optional<QualifiedName> table = tableOf(op);
            if (op instanceof AddForeignKey) {
                last.add(op);
            } else if (table.isPresent()) {
                byTable.computeIfAbsent(table.get(), t -> new ArrayList<>()).add(op);
            } else {
                first.add(op);
            }
        }
        List<List<Operation>> tables = new ArrayList<>(byTable.values());
        int groups = Math.min(length, tables.size());
        List<List<Operation>> migrations = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            List<Operation> migration = new ArrayList<>(g == 0 ? first : List.of());
            for (int t = g * tables.size() / groups; t < (g + 1) * tables.size() / groups; t++) {
                migration.addAll(tables.get(t));
            }
            migrations.add(migration);
        }
        migrations.get(migrations.size() - 1).addAll(last);
        List<QualifiedName> names = new ArrayList<>(byTable.keySet());
        for (int pad = 0; migrations.size() < length; pad++) {
            QualifiedName table = names.get(pad % names.size());
            Column column = Column.of("bench_pad_" + pad, "integer");
            if (migrations.size() + 1 == length) {
                migrations.add(List.of(new AddColumn(table, column), new DropColumn(table, column)));
            } else {
                migrations.add(List.of(new AddColumn(table, column)));
                migrations.add(List.of(new DropColumn(table, column)));
            }
        }
        return migrations;
    }

    private static Optional<QualifiedName> tableOf(Operation op) {
        if (op instanceof CreateTable c) {
            return Optional.of(c.table().name());
        } else if (op instanceof CreateIndex i) {
            return Optional.of(i.table());
        } else if (op instanceof CreateTrigger t) {
            return Optional.of(t.table());
        }
        return Optional.empty();
    }

    private static void write(Path folder, List<List<Operation>> migrations) throws Exception {
        Files.createDirectories(folder);
        String parent = null;
        for (int i = 0; i < migrations.size(); i++) {
            String revision = String.format("2026%010d", i + 1);
            new MigrationWriter().write(folder, new MigrationMeta(revision, parent == null ? List.of()
                    : List.of(parent), "Step " + (i + 1), Instant.EPOCH, Optional.empty()),
                    new MigrationPlan(migrations.get(i)));
            parent = revision;
        }
    }
}
