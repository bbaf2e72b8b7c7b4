package autogen.cli;

import autogen.runner.HistorySql;
import autogen.runner.JavaCompilation;
import autogen.introspect.IntrospectionScope;
import autogen.introspect.PostgresIntrospector;
import autogen.introspect.embedded.EmbeddedServer;
import autogen.schema.Schema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs the CLI in-process against a fresh database of the shared embedded PostgreSQL. */
final class CliHarness {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** What one CLI run printed and returned. */
    record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private final String jdbcUrl;
    private Instant now = Instant.parse("2026-11-22T10:00:00Z");

    CliHarness(String databasePrefix) {
        this(EmbeddedServer.shared(), databasePrefix);
    }

    /** A fresh database of {@code server}. */
    CliHarness(EmbeddedServer server, String databasePrefix) {
        this.jdbcUrl = server.createDatabase(uniqueName(databasePrefix));
    }

    private CliHarness(String jdbcUrl, boolean given) {
        this.jdbcUrl = jdbcUrl;
    }

    /** The CLI against the database at {@code jdbcUrl}, made by the caller. */
    static CliHarness at(String jdbcUrl) {
        return new CliHarness(jdbcUrl, true);
    }

    /** A database name no other test of this JVM or of another has. */
    static String uniqueName(String prefix) {
        return prefix + "_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    /** Runs autogen with {@code args}; each run's clock is a minute after the last, so revisions differ. */
    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(Clock.fixed(now, ZoneOffset.UTC));
        now = now.plus(Duration.ofMinutes(1));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The database as autogen's introspector reads it, without autogen's version table. */
    Schema introspect() {
        try (Connection c = connect()) {
            return new PostgresIntrospector().read(c, IntrospectionScope.of("public").excluding(HistorySql.DEFAULT_TABLE));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    /** The first column of each row {@code query} returns from the database, as text. */
    List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** The folder (or jar) a class was loaded from: the class path to hand to autogen. */
    static String classPathOf(Class<?> type) {
        return JavaCompilation.location(type);
    }

    static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.sorted().toList());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
