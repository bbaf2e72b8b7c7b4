package autogen.bench;

import autogen.introspect.embedded.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark: for each model size, autogen's phases in-process, autogen's commands as processes,
 * and Hibernate's and Liquibase's schema tools as peers on the same database; then the sample app's shadow
 * database. Prints Markdown and writes it to {@code bench/target/bench-results.md}. See BENCHMARKS.md.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        BenchOptions options = BenchOptions.parse(args);
        Path repo = options.repo().orElseGet(BenchMain::repoOfJar).toAbsolutePath().normalize();
        Launcher launcher = Launcher.read(repo);
        Files.createDirectories(repo.resolve("bench/target/bench-work"));
        SizeBench.deleteTree(SizeBench.cacheDir(repo));
        recordArchive(launcher, repo);
        Report report = new Report();
        header(report, options, launcher);
        System.out.print(report.text());
        Map<Integer, SizeBench.Result> results = new TreeMap<>();
        try (EmbeddedServer server = EmbeddedServer.start()) {
            for (int size : options.sizes()) {
                SizeBench.Result result = new SizeBench(options, launcher, repo, server).run(size);
                results.put(size, result);
                Report part = new Report();
                part.size(result, options.runs());
                System.out.print(part.text());
                report.size(result, options.runs());
            }
        }
        Report tail = new Report();
        tail.growth(results);
        targets(tail, results);
        if (options.runs("history")) {
            System.err.println("bench: long histories");
            try (EmbeddedServer server = EmbeddedServer.start()) {
                history(tail, new HistoryBench(options, launcher, repo, server).run());
            }
        }
        if (options.runs("shadow")) {
            System.err.println("bench: shadow database of the sample app");
            shadow(tail, options, launcher, repo);
        }
        System.out.print(tail.text());
        report.line(tail.text());
        Path file = repo.resolve("bench/target/bench-results.md");
        Files.writeString(file, report.text(), StandardCharsets.UTF_8);
        System.err.println("bench: written to " + file);
    }

    private static void header(Report report, BenchOptions options, Launcher launcher) {
        report.line("## Benchmark run " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .withZone(java.time.ZoneOffset.UTC)).substring(0, 16) + "Z").line("")
                .line("- machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                        + System.getProperty("java.runtime.version"))
                .line("- sizes " + options.sizes() + ", " + options.runs() + " runs per figure, seed "
                        + options.seed() + "; Liquibase limit " + options.liquibaseLimit().toSeconds() + " s a run")
                .line("- autogen processes: `java " + String.join(" ", launcher.jvmFlags())
                        + "` (the flags of ./autogen, read from it) on its class path, `AUTOGEN_CACHE_DIR` in"
                        + " bench/target; Hibernate peers: the same without the archive, and the update once more with the JVM's default flags; Liquibase: `java`, default"
                        + " flags")
                .line("- database: embedded PostgreSQL 17 (zonky), fsync off, local TCP; autogen's default settings"
                        + " (metadata columns and trigger on)")
                .line("");
    }

    private static void targets(Report report, Map<Integer, SizeBench.Result> results) {
        report.line("### The issue's targets (informational; the benchmark asserts nothing)").line("");
        for (SizeBench.Result r : results.values()) {
            Samples check = r.get("process.check");
            String size = r.size() + " entities: ";
            for (String variant : List.of("", ".defaultjvm")) {
                String peer = variant.isEmpty() ? "Hibernate update (launcher's flags)" : "Hibernate update (default JVM)";
                times(report, size + "check, cold model cache, vs " + peer + " (target ≥ 1.5×)", check,
                        r.get("peer.hibernate.update" + variant));
                times(report, size + "check, warm model cache, vs " + peer + " (target ≥ 4×)",
                        r.get("process.check.warm"), r.get("peer.hibernate.update" + variant));
            }
            String liquibase = "vs Liquibase diff process (target ≥ 10× at 1,000, ≥ 50× at 5,000)";
            times(report, size + "check, cold model cache, " + liquibase, check, r.get("peer.liquibase"));
            times(report, size + "check, warm model cache, " + liquibase, r.get("process.check.warm"),
                    r.get("peer.liquibase"));
            Samples own = Report.ownWork(r);
            if (own.present()) {
                report.line("- " + size + "autogen's own work in check, warm " + Samples.format(own.median())
                        + ", cold " + Samples.format(own.first()) + " (target < 1 s at 1,000, < 3 s at 5,000)");
            }
            Samples intro = r.get("phase.introspect");
            Samples psql = r.get("psql.catalog");
            if (intro.present() && psql.present()) {
                report.line(String.format("- %sintrospection / psql: %.2f warm, %.2f cold (target ≤ 2)", size,
                        intro.median() / psql.median(), intro.first() / psql.median()));
            }
        }
        report.line("");
    }

    private static void history(Report report, Map<Integer, Samples> results) {
        report.line("### Long histories: one model of " + HistoryBench.TABLES + " entities, built by more and more"
                + " migrations").line("")
                .line("`autogen check` against the shadow database, as a process: the first run with an empty cache"
                        + " folder (nothing compiled, no shadow database kept), then the median of the warm runs.")
                .line("")
                .line("| migrations | check, cold cache | check, warm cache | warm / warm at "
                        + HistoryBench.LENGTHS.get(0) + " |")
                .line("| ---: | ---: | ---: | ---: |");
        Samples shortest = results.get(HistoryBench.LENGTHS.get(0));
        results.forEach((length, samples) -> report.line(String.format("| %,d | %s | %s | %.2f× |", length,
                Samples.format(samples.first()), Samples.format(samples.median()),
                samples.median() / shortest.median())));
        report.line("").line("- target: a warm check on 1,000 migrations within 1.5× of one on 10").line("");
    }

    private static void times(Report report, String label, Samples autogen, Samples peer) {
        if (autogen.present() && peer.present()) {
            boolean bound = peer.note().map(n -> n.equals("> limit")).orElse(false);
            report.line(String.format("- %s: autogen %s faster%s", label,
                    (bound ? "> " : "") + String.format("%.2f×", peer.median() / autogen.median()),
                    bound ? " (the peer hit its time limit)" : ""));
        }
    }

    /** Records the launcher's class-data-sharing archive when missing or stale, untimed, as its next run would. */
    static void recordArchive(Launcher launcher, Path repo) throws Exception {
        if (!launcher.archiveStale(repo)) {
            return;
        }
        Files.deleteIfExists(launcher.archive().get());
        System.err.println("bench: recording ./autogen's class-data-sharing archive " + launcher.archive().get());
        ProcessTimer.Run run = new ProcessTimer(repo, repo.resolve("bench/target/bench-work"),
                Map.of("AUTOGEN_CACHE_DIR", "off")).run(launcher.recordArchive(
                List.of("--config", "sample-app/autogen.properties", "check")), java.time.Duration.ofMinutes(5));
        if (!run.ok()) {
            throw new IllegalStateException("recording the archive failed:\n" + run.tail());
        }
    }

    private static void shadow(Report report, BenchOptions options, Launcher launcher, Path repo) throws Exception {
        Path cache = SizeBench.cacheDir(repo);
        SizeBench.deleteTree(cache);
        ProcessTimer timer = new ProcessTimer(repo, repo.resolve("bench/target/bench-work"),
                Map.of("AUTOGEN_CACHE_DIR", cache.toString()));
        List<String> check = launcher.command("", "autogen.cli.Main",
                List.of("--config", "sample-app/autogen.properties", "check"));
        List<Double> times = new java.util.ArrayList<>();
        for (int i = 0; i <= options.runs(); i++) {
            ProcessTimer.Run run = timer.run(check, options.peerLimit());
            if (!run.ok()) {
                throw new IllegalStateException("the sample app's check failed:\n" + run.tail());
            }
            times.add(run.millis());
        }
        ProcessTimer.Run probe = timer.run(launcher.command(repo.resolve("bench/target/classes").toString(),
                "autogen.bench.ShadowProbe", List.of(repo.toString(), "sample-app/autogen.properties",
                        String.valueOf(options.runs()))), options.peerLimit());
        if (!probe.ok()) {
            throw new IllegalStateException("the shadow probe failed:\n" + probe.tail());
        }
        Map<String, Samples> phases = new LinkedHashMap<>();
        probe.results().forEach((k, v) -> phases.put(k, Samples.inProcess(v)));
        report.shadow(Samples.inProcess(times), phases, options.runs());
    }

    private static Path repoOfJar() {
        try {
            Path jar = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // bench/target/bench.jar (or bench/target/classes) -> the checkout
            return jar.getParent().getParent().getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
