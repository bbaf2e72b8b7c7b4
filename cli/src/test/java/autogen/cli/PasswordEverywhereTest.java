package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.introspect.embedded.EmbeddedServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A password given in a URL, a flag, the environment or the configuration file appears in no output, no file and
 * no cache entry, for every command, the failing runs included, on a server that checks passwords.
 */
class PasswordEverywhereTest {
    private static final String PASSWORD = "Pw-7f3e9a1c-secret";
    private static final String CLASSES = CliHarness.classPathOf(PasswordEverywhereTest.class);
    private static final Path CACHE = Path.of(System.getenv("AUTOGEN_CACHE_DIR"));
    private static EmbeddedServer server;
    private static String port;

    @TempDir
    Path temp;

    @BeforeAll
    static void aServerThatChecksPasswords() throws Exception {
        server = EmbeddedServer.start();
        PasswordServer.requirePasswords(server, "app", PASSWORD);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres")); Statement s = c.createStatement()) {
            s.execute("create database app owner app");
        }
        port = PasswordServer.port(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noCommandPrintsOrWritesThePasswordWhateverFormItCameIn() throws Exception {
        Path migrations = temp.resolve("migrations");
        String flagUrl = "postgresql://app:" + PASSWORD + "@127.0.0.1:" + port + "/app";
        Path config = Files.writeString(temp.resolve("autogen.properties"), "entity.packages=autogen.cli.evolution.v1\n"
                + "class.path=" + CLASSES + "\nmigrations=" + migrations + "\ndatabase.url=jdbc:postgresql://127.0.0.1:"
                + port + "/app?user=app&password=" + PASSWORD + "\n");
        List<String> printed = new ArrayList<>();
        CliHarness cli = new CliHarness("passwords");
        List<String[]> commands = List.of(new String[] {"-m", "Authors"}, new String[] {"upgrade", "head"},
                new String[] {"check"}, new String[] {"current"}, new String[] {"status"}, new String[] {"history"},
                new String[] {"heads"}, new String[] {"verify"}, new String[] {"repair"},
                new String[] {"downgrade", "base"},
                new String[] {"rehearse", "--json", "--report", temp.resolve("rehearsal.md").toString()},
                new String[] {"rehearse", "--writers", "1"}, new String[] {"stamp", "head"}, new String[] {"stamp", "base"},
                new String[] {"upgrade", "+1"}, new String[] {"show", "head"});
        for (String[] command : commands) {
            CliHarness.Run withFlag = cli.run(SampleAppRoundTripTest.concat(command, new String[] {"--config",
                    config.toString(), "--db", flagUrl}));
            assertEquals(0, withFlag.exitCode(), String.join(" ", command) + ": " + withFlag.err());
            printed.add(withFlag.out() + withFlag.err());
            CliHarness.Run fromFile = cli.run(SampleAppRoundTripTest.concat(command, new String[] {"--config",
                    config.toString()}));
            printed.add(fromFile.out() + fromFile.err());
        }
        for (String wrong : List.of("postgresql://app:" + PASSWORD + "x@127.0.0.1:" + port + "/app",
                "jdbc:postgresql://app:" + PASSWORD + "@127.0.0.1:" + port + "/nosuchdb",
                "postgresql://nosuchuser:" + PASSWORD + "@127.0.0.1:" + port + "/app",
                "postgresql://app:" + PASSWORD + "@127.0.0.1:99999/app")) {
            for (String[] command : commands) {
                CliHarness.Run failing = cli.run(SampleAppRoundTripTest.concat(command, new String[] {"--config",
                        config.toString(), "--db", wrong}));
                printed.add(failing.out() + failing.err());
            }
        }
        CliProcess.Result fromEnvironment = CliProcess.run(temp.resolve("run"), Map.of("DATABASE_URL", flagUrl,
                "JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + Files.createDirectories(temp.resolve("tmp"))), null,
                "status", "--migrations", migrations.toString());
        assertEquals(0, fromEnvironment.exitCode(), fromEnvironment.err());
        printed.add(fromEnvironment.out() + fromEnvironment.err());

        for (String output : printed) {
            assertFalse(output.contains(PASSWORD), "printed: " + output);
        }
        for (Path folder : List.of(temp, CACHE)) {
            for (Path file : files(folder)) {
                if (!file.equals(config)) {
                    assertFalse(contains(file), "the password is in " + file);
                }
            }
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static boolean contains(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(PASSWORD);
    }
}
