package autogen.bench;

import autogen.introspect.embedded.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A warm {@code check --db} phase by phase ({@code AUTOGEN_TIMINGS=1}), as processes started the way
 * {@code ./autogen} starts them, on a schema Hibernate created from the synthetic entities (so the check finds
 * autogen's metadata columns and triggers missing, and lists them). With {@code --against DIR} the runs alternate
 * between another built checkout and this one; with {@code --record FILE} this checkout's figures become the
 * baseline; with {@code --compare FILE} they are compared with it, and the phases that moved are flagged.
 */
public final class WarmCheckBench {
    static final String USAGE = """
            usage: java -cp bench/target/bench.jar autogen.bench.WarmCheckBench [options]
              --sizes 1000,5000   entity counts (default 1000,5000)
              --runs R            timed runs of each build, alternating (default 5)
              --against DIR       another built autogen checkout, run alternately with this one (repeatable)
              --record FILE       write this checkout's figures to FILE as the baseline
              --compare FILE      compare this checkout's figures with the baseline in FILE; exit 1 if a phase
                                  got slower beyond the noise
              --seed N            seed of the synthetic models (default 42)
            """;
    private static final List<String> ORDER = List.of(PhaseTimes.PROCESS, "migrations", "database", "model",
            "introspect", "normalize", "diff", "preflight", "drift", "report", PhaseTimes.UNTIMED);

    private record Options(List<Integer> sizes, int runs, List<Path> against, Optional<Path> record,
                           Optional<Path> compare, long seed) {
    }

    /** One checkout's launcher, its own cache folder, and the runs it made at the current size. */
    private record Build(String name, Path repo, Launcher launcher, ProcessTimer timer, List<PhaseTimes> runs) {
    }

    private WarmCheckBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        Options options = parse(args);
        Path repo = Path.of(WarmCheckBench.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().getParent().getParent();
        Path work = Files.createDirectories(repo.resolve("bench/target/bench-work/warm"));
        List<Build> builds = new ArrayList<>();
        for (Path other : options.against()) {
            builds.add(build(commit(other), other, work, builds.size()));
        }
        builds.add(build(commit(repo) + " (this checkout)", repo, work, builds.size()));
        Report report = new Report().line("### Warm `check --db`, phase by phase").line("")
                .line("- " + options.runs() + " runs of each build" + (builds.size() > 1 ? ", alternating" : "")
                        + "; medians; Java " + System.getProperty("java.runtime.version") + ", "
                        + Runtime.getRuntime().availableProcessors() + " cores").line("");
        Map<Integer, Map<String, PhaseBaseline.Figure>> current = new LinkedHashMap<>();
        try (EmbeddedServer server = EmbeddedServer.start()) {
            for (int size : options.sizes()) {
                List<String> check = prepare(size, options.seed(), work, server, builds.get(builds.size() - 1));
                for (Build b : builds) {
                    b.runs().clear();
                    run(b, check, size);
                }
                for (int i = 0; i < options.runs(); i++) {
                    for (Build b : builds) {
                        b.runs().add(PhaseTimes.of(run(b, check, size)));
                    }
                }
                current.put(size, figures(builds.get(builds.size() - 1)));
                table(report, size, builds);
            }
        }
        boolean slower = false;
        if (options.compare().isPresent()) {
            PhaseBaseline baseline = PhaseBaseline.read(options.compare().get());
            report.line("#### Against the baseline " + options.compare().get()).line("");
            current.forEach((size, figures) -> {
                report.line("- " + size + " entities").line("");
                baseline.compare(size, figures, report);
            });
            slower = baseline.slower(current);
        }
        if (options.record().isPresent()) {
            new PhaseBaseline(current).write(options.record().get(), "warm check --db at " + commit(repo)
                    + ", AUTOGEN_TIMINGS=1, " + options.runs() + " runs; written by WarmCheckBench --record");
            report.line("- baseline written to " + options.record().get());
        }
        System.out.print(report.text());
        Files.writeString(repo.resolve("bench/target/warm-check.md"), report.text(), StandardCharsets.UTF_8);
        System.exit(slower ? 1 : 0);
    }

    /** The checkout's commit, as {@code git rev-parse --short HEAD} prints it (uncommitted changes not told). */
    private static String commit(Path repo) throws Exception {
        Process git = new ProcessBuilder("git", "-C", repo.toString(), "rev-parse", "--short", "HEAD")
                .redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return git.waitFor() == 0 ? out : repo.toString();
    }

    private static Build build(String name, Path repo, Path work, int index) throws Exception {
        Launcher launcher = Launcher.read(repo);
        Files.createDirectories(repo.resolve("bench/target/bench-work"));
        BenchMain.recordArchive(launcher, repo);
        Path cache = work.resolve("cache-" + index);
        SizeBench.deleteTree(cache);
        ProcessTimer timer = new ProcessTimer(repo, work, Map.of("AUTOGEN_CACHE_DIR", cache.toString(),
                "AUTOGEN_TIMINGS", "1"));
        return new Build(name, repo, launcher, timer, new ArrayList<>());
    }

    /** The entities compiled, their schema created by Hibernate; returns check's arguments. */
    private static List<String> prepare(int size, long seed, Path work, EmbeddedServer server, Build build)
            throws Exception {
        System.err.println("warm check [" + size + "]: entities and their schema, created by Hibernate");
        Path dir = work.resolve("n" + size);
        SizeBench.deleteTree(dir);
        Path classes = dir.resolve("classes");
        EntityCompiler.compile(new EntityModelGenerator(seed).write(dir.resolve("src"), size), classes);
        String url = server.createDatabase("warm_n" + size);
        List<String> create = new ArrayList<>(List.of(Launcher.java()));
        create.addAll(build.launcher().peerFlags());
        create.addAll(List.of("-cp", build.launcher().classPath() + ":" + build.repo().resolve("bench/target/classes"),
                "autogen.bench.HibernatePeer", "create", classes.toString(), url));
        ProcessTimer.Run created = build.timer().run(create, Duration.ofMinutes(10));
        if (!created.ok()) {
            throw new IllegalStateException("Hibernate's create failed:\n" + created.tail());
        }
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        return List.of("check", "--packages", EntityModelGenerator.PACKAGE, "--class-path", classes.toString(),
                "--migrations", migrations.toString(), "--db", url);
    }

    /** One check; exit 1 (differences found) is its expected answer here. */
    private static ProcessTimer.Run run(Build build, List<String> check, int size) throws Exception {
        ProcessTimer.Run run = build.timer().run(build.launcher().command("", "autogen.cli.Main", check),
                Duration.ofMinutes(10));
        if (run.timedOut() || run.exitCode() > 1) {
            throw new IllegalStateException(build.name() + ": check at " + size + " entities failed (exit "
                    + run.exitCode() + "):\n" + run.tail());
        }
        return run;
    }

    private static Map<String, PhaseBaseline.Figure> figures(Build build) {
        Map<String, PhaseBaseline.Figure> figures = new LinkedHashMap<>();
        PhaseTimes.byPhase(build.runs(), ORDER).forEach((p, v) -> figures.put(p, PhaseBaseline.Figure.of(v)));
        return figures;
    }

    private static void table(Report report, int size, List<Build> builds) {
        report.line("#### " + size + " entities").line("");
        StringBuilder head = new StringBuilder("| phase |");
        StringBuilder rule = new StringBuilder("| --- |");
        builds.forEach(b -> {
            head.append(' ').append(b.name()).append(" |");
            rule.append(" ---: |");
        });
        report.line(head.toString()).line(rule.toString());
        List<Map<String, PhaseBaseline.Figure>> all = builds.stream().map(WarmCheckBench::figures).toList();
        List<String> phases = new ArrayList<>();
        all.forEach(f -> f.keySet().stream().filter(p -> !phases.contains(p)).forEach(phases::add));
        for (String phase : phases) {
            StringBuilder row = new StringBuilder("| " + phase + " |");
            all.forEach(f -> row.append(' ').append(f.containsKey(phase) ? range(f.get(phase)) : "-").append(" |"));
            report.line(row.toString());
        }
        report.line("");
    }

    private static String range(PhaseBaseline.Figure f) {
        return Samples.format(f.median()) + " (" + Samples.format(f.low()) + " to " + Samples.format(f.high()) + ")";
    }

    private static Options parse(String[] args) {
        List<Integer> sizes = List.of(1000, 5000);
        int runs = 5;
        List<Path> against = new ArrayList<>();
        Optional<Path> record = Optional.empty();
        Optional<Path> compare = Optional.empty();
        long seed = 42;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(String::trim)
                        .map(Integer::parseInt).toList();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--against" -> against.add(Path.of(args[++i]).toAbsolutePath().normalize());
                case "--record" -> record = Optional.of(Path.of(args[++i]));
                case "--compare" -> compare = Optional.of(Path.of(args[++i]));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> {
                    System.err.print(USAGE);
                    System.exit(2);
                }
            }
        }
        return new Options(sizes, runs, against, record, compare, seed);
    }
}
