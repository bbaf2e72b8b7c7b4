package autogen.bench;

import autogen.introspect.embedded.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything the benchmark measures at one model size, on its own databases: the schema, a copy of it (the
 * reference of Liquibase's drift check) and an empty one.
 */
final class SizeBench {
    /** The figures of one size, keyed as the report names them, and facts about the run. */
    record Result(int size, Map<String, Samples> figures, Map<String, String> infos, List<String> notes) {
        Samples get(String key) {
            return figures.getOrDefault(key, Samples.missing("not run"));
        }
    }

    private final BenchOptions options;
    private final Launcher launcher;
    private final ProcessTimer timer;
    private final Path repo;
    private final Path benchClasses;
    private final EmbeddedServer server;
    private final Map<String, Samples> figures = new LinkedHashMap<>();
    private final Map<String, String> infos = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    SizeBench(BenchOptions options, Launcher launcher, Path repo, EmbeddedServer server) {
        this.options = options;
        this.launcher = launcher;
        this.repo = repo;
        this.server = server;
        this.benchClasses = repo.resolve("bench/target/classes");
        this.timer = new ProcessTimer(repo, work(), Map.of("AUTOGEN_CACHE_DIR", cacheDir(repo).toString()));
    }

    /** autogen's cache folder for every process the benchmark starts, so the user's own cache is never used. */
    static Path cacheDir(Path repo) {
        return repo.resolve("bench/target/bench-work/cache");
    }

    private Path work() {
        return repo.resolve("bench/target/bench-work");
    }

    Result run(int size) throws Exception {
        Path dir = work().resolve("n" + size);
        deleteTree(dir);
        Files.createDirectories(dir);
        Path classes = dir.resolve("classes");
        long t = System.nanoTime();
        List<Path> sources = new EntityModelGenerator(options.seed()).write(dir.resolve("src"), size);
        EntityCompiler.compile(sources, classes);
        infos.put("generate and compile", Samples.format((System.nanoTime() - t) / 1e6));
        String dbName = "bench_n" + size;
        String emptyName = "empty_n" + size;
        String url = server.createDatabase(dbName);
        String emptyUrl = server.createDatabase(emptyName);
        t = System.nanoTime();
        int statements = SchemaBuilder.build(new CheckPipeline(classes, EntityModelGenerator.PACKAGE), url);
        infos.put("schema built by autogen (statements)", statements + " in "
                + Samples.format((System.nanoTime() - t) / 1e6) + ", verified in sync");
        String copyUrl = server.copyDatabase(dbName, "copy_n" + size);
        log(size, "schema ready; timing autogen's phases in-process");
        phases(classes, url);
        if (options.runs("psql")) {
            log(size, "psql");
            Path script = PsqlCatalog.writeScript(dir.resolve("catalog.sql"));
            figures.put("psql.catalog", measure("psql", PsqlCatalog.command(script, port(url), dbName),
                    options.peerLimit(), null, null).total());
        }
        if (options.runs("processes")) {
            log(size, "autogen processes");
            processes(classes, url, emptyUrl, dir);
        }
        if (options.runs("hibernate")) {
            log(size, "Hibernate peers");
            hibernate("update", classes, url, "", launcher.peerFlags());
            hibernate("validate", classes, url, "", launcher.peerFlags());
            // As the issue measured it and as an application runs it: the JVM's own defaults (C2, G1).
            hibernate("update", classes, url, ".defaultjvm", List.of());
        }
        if (options.runs("liquibase")) {
            log(size, "Liquibase peer (limit " + options.liquibaseLimit().toSeconds() + " s a run)");
            // The drift check that autogen's check makes: both sides hold the whole schema, and they agree.
            Measured liquibase = liquibase(copyUrl, url, options.runs());
            figures.put("peer.liquibase", liquibase.total());
            figures.put("peer.liquibase.injvm", liquibase.result("liquibase.diff"));
            liquibase.info("differences").ifPresent(v -> infos.put("Liquibase: differences between the copy and the database", v));
            // The runs in BENCHMARKS.md up to its eleventh diffed against an empty database instead, half the
            // snapshot work: one run of that, to compare with them.
            Measured againstEmpty = liquibase(url, emptyUrl, 1);
            figures.put("peer.liquibase.empty", againstEmpty.total());
            againstEmpty.info("differences").ifPresent(v -> infos.put("Liquibase: differences between the database and an empty one", v));
        }
        return new Result(size, figures, infos, notes);
    }

    private void phases(Path classes, String url) throws Exception {
        ProcessTimer.Run probe = timer.run(launcher.command(benchClasses.toString(), "autogen.bench.PhaseProbe",
                List.of(classes.toString(), EntityModelGenerator.PACKAGE, url, String.valueOf(options.runs()))),
                options.peerLimit().multipliedBy(options.runs() + 1L));
        if (!probe.ok()) {
            throw new IllegalStateException("the phase probe failed:\n" + probe.tail());
        }
        probe.results().forEach((phase, values) -> figures.put("phase." + phase, Samples.inProcess(values)));
        probe.infos().forEach((k, v) -> infos.put("probe " + k, v));
        if (!"0".equals(probe.infos().get("check_operations"))) {
            throw new IllegalStateException("the in-process check found differences: " + probe.infos());
        }
    }

    private void processes(Path classes, String url, String emptyUrl, Path dir) throws Exception {
        Path noMigrations = Files.createDirectories(dir.resolve("migrations-check"));
        Path revisions = Files.createDirectories(dir.resolve("migrations-revision"));
        List<String> model = List.of("--packages", EntityModelGenerator.PACKAGE, "--class-path", classes.toString());
        figures.put("process.version", autogen(List.of("--version"), null, null).total());
        List<String> check = new ArrayList<>(List.of("check"));
        check.addAll(model);
        check.addAll(List.of("--migrations", noMigrations.toString(), "--db", url));
        // Cold: the model cache emptied before each run, so Hibernate's boot runs; warm: the cache the last cold
        // run left, so a check with unchanged entities skips it.
        Runnable clearModels = () -> deleteTree(cacheDir(repo).resolve("models"));
        figures.put("process.check", autogen(check, clearModels, null).total());
        figures.put("process.check.warm", autogen(check, null, null).total());
        List<String> revision = new ArrayList<>(List.of("revision", "-m", "bench"));
        revision.addAll(model);
        revision.addAll(List.of("--migrations", revisions.toString(), "--db", emptyUrl));
        figures.put("process.revision", autogen(revision, null, () -> {
            if (!clearFolder(revisions)) {
                throw new IllegalStateException("revision wrote no migration file");
            }
        }).total());
    }

    private Measured autogen(List<String> args, Runnable before, Runnable after) throws Exception {
        List<String> command = launcher.command("", "autogen.cli.Main", args);
        Measured measured = measure("autogen " + args.get(0), command, options.peerLimit(), before, after);
        if (measured.failure() != null) {
            throw new IllegalStateException("autogen " + args.get(0) + " failed (exit " + measured.failure()
                    .exitCode() + "):\n" + measured.failure().tail());
        }
        return measured;
    }

    private void hibernate(String mode, Path classes, String url, String variant, List<String> flags)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Launcher.java()));
        command.addAll(flags);
        command.addAll(List.of("-cp", launcher.classPath() + ":" + benchClasses, "autogen.bench.HibernatePeer",
                mode, classes.toString(), url));
        Measured m = measure("Hibernate " + mode + variant, command, options.peerLimit(), null, null);
        String key = "peer.hibernate." + mode + variant;
        figures.put(key, m.total());
        figures.put(key + ".metamodel", m.result("hibernate.metamodel"));
        figures.put(key + ".tool", m.result("hibernate." + mode));
        m.info("script_lines").ifPresent(v -> infos.put("Hibernate update script (lines)", v));
    }

    private Measured liquibase(String referenceUrl, String comparedUrl, int runs) throws Exception {
        return measure("Liquibase diff", List.of(Launcher.java(), "-cp", repo.resolve("bench/target/bench.jar")
                .toString(), "autogen.bench.LiquibasePeer", referenceUrl, comparedUrl), options.liquibaseLimit(),
                runs, null, null);
    }

    private Measured measure(String label, List<String> command, Duration limit, Runnable before, Runnable after)
            throws Exception {
        return measure(label, command, limit, options.runs(), before, after);
    }

    /**
     * Runs a command up to {@code times} times, with {@code before} and {@code after} (either may be null) around
     * each run, stopping at the first failure or time-out, which becomes a note.
     */
    private Measured measure(String label, List<String> command, Duration limit, int times, Runnable before,
            Runnable after) throws Exception {
        List<ProcessTimer.Run> runs = new ArrayList<>();
        ProcessTimer.Run failure = null;
        for (int i = 0; i < times; i++) {
            if (before != null) {
                before.run();
            }
            ProcessTimer.Run run = timer.run(command, limit);
            if (!run.ok()) {
                failure = run;
                notes.add(run.timedOut() ? label + ": run " + (i + 1) + " passed the " + limit.toSeconds()
                        + " s limit and was stopped; the figure is that limit, a lower bound"
                        : label + ": run " + (i + 1) + " failed (exit " + run.exitCode() + "): "
                        + run.tail().lines().reduce((a, b) -> b).orElse(""));
                break;
            }
            if (after != null) {
                after.run();
            }
            runs.add(run);
        }
        return new Measured(runs, failure, limit);
    }

    private static void log(int size, String what) {
        System.err.println("bench [" + size + "]: " + what);
    }

    private static int port(String jdbcUrl) {
        String rest = jdbcUrl.substring(jdbcUrl.indexOf("://") + 3);
        return Integer.parseInt(rest.substring(rest.indexOf(':') + 1, rest.indexOf('/')));
    }

    private static boolean clearFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            for (Path file : all) {
                deleteTree(file);
            }
            return !all.isEmpty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete " + root, e);
        }
    }
}
