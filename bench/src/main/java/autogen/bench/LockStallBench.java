package autogen.bench;

import autogen.cli.Main;
import autogen.introspect.embedded.EmbeddedServer;
import autogen.runner.JavaCompilation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the application feels while a migration runs: a table of {@code rows} rows under a steady load of writers and
 * readers on loopback connections, while a migration adds an index, a foreign key, a check and a NOT NULL column
 * with a default to it. For autogen's lock-safe plan and for the plain DDL of the same plan ({@code --no-online}),
 * alternately, it prints the longest wait of any write that overlapped the migration, the p99 write latency during
 * it, and the migration's own time.
 *
 * <p>{@code java -cp bench/target/bench.jar autogen.bench.LockStallBench [rows] [runs]}
 */
public final class LockStallBench {
    private static final int WRITERS = 8;
    private static final int READERS = 4;
    private static final long SETTLE_MILLIS = 1500;
    private static final String PKG = "stall";

    /** One write: when it started and how long it took, in nanoseconds. */
    private record Write(long start, long nanos) {
    }

    /** One run's figures, in milliseconds. */
    private record Figures(boolean online, double migration, double longestWrite, double p99, int writes) {
    }

    private LockStallBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("autogen-lockstall");
        Path before = compile(work.resolve("before"), "Integer qty;\n    @Column(name = \"owner_id\") Long ownerId;",
                "");
        Path after = compile(work.resolve("after"), "@Check(name = \"ck_items_qty\", constraints = \"qty >= 0\")"
                + " Integer qty;\n    @ManyToOne @JoinColumn(name = \"owner_id\") Owner owner;\n"
                + "    @ColumnDefault(\"0\") @Column(nullable = false) Integer score;",
                ", indexes = @Index(name = \"ix_items_qty\", columnList = \"qty\")");
        List<Figures> all = new ArrayList<>();
        try (EmbeddedServer server = EmbeddedServer.start()) {
            String template = prepare(server, work, before, after, rows);
            for (int run = 0; run < runs; run++) {
                for (boolean online : new boolean[] {false, true}) {
                    String db = "stall_" + run + (online ? "_online" : "_plain");
                    String url = server.copyDatabase(template, db);
                    Path migrations = work.resolve(db);
                    copyFirstMigration(work.resolve("migrations"), migrations);
                    all.add(measure(url, migrations, after, online));
                    System.err.println("lockstall: " + all.get(all.size() - 1));
                }
            }
        }
        System.out.println(report(rows, all));
    }

    /** A database at the first migration, with {@code rows} items: copied for every run. */
    private static String prepare(EmbeddedServer server, Path work, Path before, Path after, int rows)
            throws Exception {
        String url = server.createDatabase("stall_template");
        Path migrations = work.resolve("migrations");
        cli(url, before, migrations, "-m", "Items");
        cli(url, before, migrations, "upgrade", "head");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("insert into owners (id) select g from generate_series(1, 100) as g");
            s.execute("insert into items (id, qty, owner_id) select g, g % 1000, 1 + g % 100"
                    + " from generate_series(1, " + rows + ") as g");
            s.execute("vacuum analyze items");
        }
        return "stall_template";
    }

    private static Figures measure(String url, Path migrations, Path after, boolean online) throws Exception {
        List<String> revise = new ArrayList<>(List.of("-m", "Index, key, check, column"));
        if (!online) {
            revise.add("--no-online");
        }
        cli(url, after, migrations, revise.toArray(String[]::new));
        int rows;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             var rs = s.executeQuery("select max(id) from items")) {
            rs.next();
            rows = rs.getInt(1);
        }
        AtomicBoolean running = new AtomicBoolean(true);
        List<List<Write>> perWriter = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < WRITERS + READERS; i++) {
            boolean writer = i < WRITERS;
            List<Write> writes = new ArrayList<>();
            if (writer) {
                perWriter.add(writes);
            }
            Connection c = DriverManager.getConnection(url);
            Thread t = new Thread(() -> load(c, writer, rows, running, writes), "load-" + i);
            threads.add(t);
            t.start();
        }
        Thread.sleep(SETTLE_MILLIS);
        long start = System.nanoTime();
        cli(url, after, migrations, "upgrade", "head");
        long end = System.nanoTime();
        Thread.sleep(SETTLE_MILLIS);
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
        List<Long> during = new ArrayList<>();
        long longest = 0;
        for (List<Write> writes : perWriter) {
            for (Write w : writes) {
                boolean overlaps = w.start() < end && w.start() + w.nanos() > start;
                if (overlaps) {
                    longest = Math.max(longest, w.nanos());
                    during.add(w.nanos());
                }
            }
        }
        Collections.sort(during);
        long p99 = during.isEmpty() ? 0 : during.get(Math.min(during.size() - 1, (int) (during.size() * 0.99)));
        return new Figures(online, (end - start) / 1e6, longest / 1e6, p99 / 1e6, during.size());
    }

    /** Writers update a random row's quantity, readers read one; each in its own short transaction. */
    private static void load(Connection c, boolean writer, int rows, AtomicBoolean running, List<Write> writes) {
        String sql = writer ? "update items set qty = qty + 1 where id = ?" : "select qty from items where id = ?";
        try (c; PreparedStatement st = c.prepareStatement(sql)) {
            while (running.get()) {
                st.setLong(1, 1 + ThreadLocalRandom.current().nextInt(rows));
                long t0 = System.nanoTime();
                st.execute();
                if (writer) {
                    writes.add(new Write(t0, System.nanoTime() - t0));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the load failed: " + e.getMessage(), e);
        }
    }

    private static Path compile(Path folder, String itemFields, String itemTable) throws Exception {
        Path sources = Files.createDirectories(folder.resolve("src/" + PKG));
        String imports = "package " + PKG + ";\n\nimport jakarta.persistence.*;\n"
                + "import org.hibernate.annotations.*;\n\n";
        Files.writeString(sources.resolve("Owner.java"), imports + "@Entity\n@jakarta.persistence.Table(name ="
                + " \"owners\")\npublic class Owner {\n    @Id Long id;\n}\n");
        Files.writeString(sources.resolve("Item.java"), imports + "@Entity\n@jakarta.persistence.Table(name ="
                + " \"items\"" + itemTable + ")\npublic class Item {\n    @Id Long id;\n    " + itemFields + "\n}\n");
        Path classes = folder.resolve("classes");
        Files.createDirectories(classes);
        JavaCompilation.compile(List.of(sources.resolve("Owner.java"), sources.resolve("Item.java")),
                JavaCompilation.classPathOf(jakarta.persistence.Entity.class,
                        org.hibernate.annotations.Check.class), classes).ifPresent(error -> {
                            throw new IllegalStateException(error);
                        });
        return classes;
    }

    private static void copyFirstMigration(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static void cli(String url, Path classes, Path migrations, String... command) {
        StringWriter out = new StringWriter();
        var cli = Main.commandLine(Clock.systemUTC());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--packages", PKG, "--class-path", classes.toString(), "--migrations",
                migrations.toString(), "--db", url));
        int code = cli.execute(args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("autogen " + String.join(" ", command) + " exited " + code + ": " + out);
        }
    }

    private static String report(int rows, List<Figures> all) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Lock stalls: %,d rows, %d writers and %d readers on loopback,"
                + " a migration adding an index, a foreign key, a check and a NOT NULL column with a default%n%n",
                rows, WRITERS, READERS));
        md.append("| plan | migration (ms) | longest write during it (ms) | p99 write (ms) | writes during it |\n");
        md.append("| --- | ---: | ---: | ---: | ---: |\n");
        for (Figures f : all) {
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.1f | %d |%n", f.online() ? "lock-safe"
                    : "plain DDL", f.migration(), f.longestWrite(), f.p99(), f.writes()));
        }
        return md.toString();
    }
}
