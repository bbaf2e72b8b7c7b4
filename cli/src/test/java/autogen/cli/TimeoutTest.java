package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that does not answer stops autogen after the configured wait, with one line naming it. */
class TimeoutTest {
    private static final String CLASSES = CliHarness.classPathOf(TimeoutTest.class);

    @TempDir
    Path temp;

    @Test
    void aServerThatAcceptsAndNeverAnswersStopsEveryCommandAfterTheConnectTimeout() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            String url = "postgresql://app:pw@127.0.0.1:" + silent.port() + "/app";
            Files.createDirectories(temp.resolve("migrations"));
            for (List<String> command : List.of(List.of("current"), List.of("check"), List.of("upgrade", "head"))) {
                List<String> args = new ArrayList<>(command);
                args.addAll(List.of("--connect-timeout", "1", "--db", url, "--packages", "autogen.cli.evolution.v1",
                        "--class-path", CLASSES, "--migrations", temp.resolve("migrations").toString()));
                long start = System.nanoTime();
                CliHarness.Run run = new CliHarness("silent").run(args.toArray(String[]::new));
                assertTrue(System.nanoTime() - start < Duration.ofSeconds(15).toNanos(), command + " took too long");
                assertEquals(4, run.exitCode(), command + ": " + run.err());
                assertEquals(List.of("autogen: cannot connect to postgresql://127.0.0.1:" + silent.port()
                        + "/app: no answer within 1 s (connect.timeout, --connect-timeout)"), run.errLines());
            }
        }
    }

    @Test
    void theConnectTimeoutCanComeFromTheConfigurationFile() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            Path config = Files.writeString(temp.resolve("autogen.properties"), "connect.timeout=1s\nmigrations="
                    + Files.createDirectories(temp.resolve("migrations")) + "\n");
            CliHarness.Run run = new CliHarness("silent").run("current", "--config", config.toString(), "--db",
                    "postgresql://127.0.0.1:" + silent.port() + "/app");
            assertEquals(4, run.exitCode(), run.err());
            assertTrue(run.err().contains("no answer within 1 s"), run.err());
        }
    }

    @Test
    void aQueryThatGetsNoAnswerStopsAfterTheReadTimeout() throws Exception {
        CliHarness cli = new CliHarness("readtimeout");
        Path migrations = Files.createDirectories(temp.resolve("migrations"));
        try (Connection blocker = cli.connect(); Statement s = blocker.createStatement()) {
            // The version table locked by another transaction: reading it waits until that one ends.
            s.execute("create table autogen_version (revision character varying(64) not null)");
            blocker.setAutoCommit(false);
            s.execute("lock table autogen_version in access exclusive mode");
            CliHarness.Run run = cli.run("current", "--read-timeout", "1000ms", "--migrations", migrations.toString(),
                    "--db", cli.jdbcUrl());
            assertEquals(4, run.exitCode(), run.err());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().matches("autogen: postgresql://localhost:\\d+/readtimeout_\\d+_\\d+ did not answer"
                    + " within 1 s \\(read.timeout, --read-timeout\\)\\s*"), run.err());
            blocker.rollback();
        }
    }

    /** Accepts connections on loopback and never says a word. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> accepted = new ArrayList<>();
        private final Thread acceptor = new Thread(this::accept, "silent-server");

        SilentServer() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void accept() {
            try {
                while (true) {
                    Socket client = socket.accept();
                    synchronized (accepted) {
                        accepted.add(client);
                    }
                }
            } catch (IOException closed) {
                // The test is over.
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (accepted) {
                for (Socket client : accepted) {
                    client.close();
                }
            }
        }
    }
}
