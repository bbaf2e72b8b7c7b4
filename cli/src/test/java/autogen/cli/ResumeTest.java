package autogen.cli;

import static autogen.cli.InterruptedMigration.BASE;
import static autogen.cli.InterruptedMigration.LOCK_SAFE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.introspect.embedded.EmbeddedServer;
import autogen.schema.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lock-safe migration (a new column, a unique key on it built concurrently, a foreign key and an online SET NOT
 * NULL each validated apart, an index built concurrently) on a table of 200,000 rows, its {@code upgrade} process
 * killed with SIGKILL at each boundary between its parts and inside each long step, its server restarted in the
 * middle of an index build, its {@code downgrade} killed likewise: after each, the plain command exits 0 and leaves
 * the catalog, the rows and the history's state of a run that was never interrupted; the history shows the
 * interruption and the resume. Four processes resuming at once finish it once.
 */
class ResumeTest {
    @TempDir
    static Path temp;

    private static Path migrations;
    private static String template;
    private static Expected before;
    private static Expected after;

    /** What a database holds at a revision, as compared. */
    private record Expected(Schema schema, List<String> validity, String rows, List<String> succeeded) {
        static Expected of(CliHarness cli) throws Exception {
            try (Connection c = cli.connect()) {
                return new Expected(cli.introspect(), InterruptedMigration.validity(c), rows(c),
                        InterruptedMigration.succeeded(InterruptedMigration.history(c)));
            }
        }

        private static String rows(Connection c) throws Exception {
            try {
                return InterruptedMigration.summary(c);
            } catch (java.sql.SQLException noIsbnColumn) {
                return "no isbn";
            }
        }
    }

    @BeforeAll
    static void aDatabaseAtBaseWithRowsAndOneUninterruptedRun() throws Exception {
        migrations = temp.resolve("migrations");
        InterruptedMigration.writeMigrations(migrations);
        template = CliHarness.uniqueName("resume_template");
        CliHarness base = CliHarness.at(EmbeddedServer.shared().createDatabase(template));
        assertEquals(0, base.run(args(base, "upgrade", BASE)).exitCode());
        try (Connection c = base.connect()) {
            InterruptedMigration.fillRows(c);
        }
        before = Expected.of(base);
        CliHarness reference = copy();
        CliHarness.Run run = reference.run(args(reference, "upgrade", "head"));
        assertEquals(0, run.exitCode(), run.err());
        after = Expected.of(reference);
        assertTrue(after.validity().containsAll(List.of("uq_books_isbn:true", "ix_books_title:true",
                "fk_books_author_id_authors:true")), after.validity().toString());
    }

    @Test
    void anUpgradeKilledAtEachBoundaryIsFinishedByThePlainUpgrade() throws Exception {
        List<Integer> stops = new ArrayList<>(List.of(0));
        stops.addAll(InterruptedMigration.UPGRADE_PROGRESS);
        for (int stop : stops) {
            CliHarness cli = copy();
            interrupt(cli, "upgrade", stop, Blocker.NONE, "upgrade", "head");
            finish(cli, after, stop > 0, "upgrade", "head");
        }
    }

    @Test
    void anUpgradeKilledInsideEachLongStepIsFinishedByThePlainUpgrade() throws Exception {
        record Inside(int stop, Blocker blocker) {
        }
        for (Inside inside : List.of(new Inside(2, Blocker.WRITER), new Inside(5, Blocker.AUTHORS),
                new Inside(7, Blocker.BOOKS), new Inside(11, Blocker.WRITER))) {
            CliHarness cli = copy();
            interrupt(cli, "upgrade", inside.stop(), inside.blocker(), "upgrade", "head");
            finish(cli, after, true, "upgrade", "head");
        }
    }

    @Test
    void aDowngradeKilledAtEachBoundaryAndInsideItsIndexDropIsFinishedByThePlainDowngrade() throws Exception {
        record Stop(int stop, Blocker blocker) {
        }
        for (Stop stop : List.of(new Stop(0, Blocker.NONE), new Stop(1, Blocker.NONE), new Stop(5, Blocker.NONE),
                new Stop(0, Blocker.WRITER))) {
            CliHarness cli = copy();
            assertEquals(0, cli.run(args(cli, "upgrade", "head")).exitCode());
            interrupt(cli, "downgrade", stop.stop(), stop.blocker(), "downgrade", "-1");
            CliHarness.Run run = cli.run(args(cli, "downgrade", "-1"));
            assertEquals(0, run.exitCode(), "stopped at " + stop + ": " + run.err());
            Expected now = Expected.of(cli);
            assertEquals(before.schema(), now.schema(), "stopped at " + stop);
            assertEquals(before.validity(), now.validity(), "stopped at " + stop);
            assertEquals(before.rows(), now.rows(), "stopped at " + stop);
            try (Connection c = cli.connect()) {
                assertEquals(List.of(BASE + " upgrade success"), InterruptedMigration.succeeded(
                        InterruptedMigration.history(c)).stream().filter(r -> !r.startsWith(LOCK_SAFE)).toList());
            }
        }
    }

    @Test
    void aServerRestartedInTheMiddleOfAnIndexBuildLeavesAMigrationThePlainUpgradeFinishes() throws Exception {
        // A server that keeps what it committed through a crash, as a production one does.
        try (EmbeddedServer server = EmbeddedServer.start(Map.of("synchronous_commit", "on"))) {
            CliHarness cli = new CliHarness(server, "restart");
            assertEquals(0, cli.run(args(cli, "upgrade", BASE)).exitCode());
            try (Connection c = cli.connect()) {
                InterruptedMigration.fillRows(c);
                InterruptedMigration.stopAt(c, "upgrade", 11);
            }
            CliProcess upgrade;
            try (Connection watch = cli.connect(); Connection hold = InterruptedMigration.hold(cli.jdbcUrl())) {
                upgrade = InterruptedMigration.start(temp.resolve("restart"), cli.jdbcUrl(), migrations, "upgrade",
                        "head");
                InterruptedMigration.waitFor(() -> InterruptedMigration.waitingAtStop(watch), "the stop");
                Connection writer = InterruptedMigration.writer(cli.jdbcUrl());
                hold.close();
                InterruptedMigration.waitFor(() -> InterruptedMigration.indexBuildWaiting(watch), "the build");
                server.restartImmediately();
                writer.close();
            }
            CliProcess.Result cut = upgrade.await(Duration.ofMinutes(1));
            assertNotEquals(0, cut.exitCode(), cut.err());
            try (Connection c = cli.connect()) {
                InterruptedMigration.removeStop(c);
                assertTrue(InterruptedMigration.validity(c).contains("ix_books_title:false"),
                        "the cut build left its index invalid: " + InterruptedMigration.validity(c));
            }
            finish(cli, after, true, "upgrade", "head");
        }
    }

    @Test
    void fourProcessesResumingTheSameMigrationFinishItOnce() throws Exception {
        CliHarness cli = copy();
        interrupt(cli, "upgrade", 11, Blocker.WRITER, "upgrade", "head");
        List<CliProcess> resumers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            resumers.add(InterruptedMigration.start(temp.resolve("four-" + i), cli.jdbcUrl(), migrations, "upgrade",
                    "head"));
        }
        for (CliProcess resumer : resumers) {
            InterruptedMigration.assertExit(0, resumer.await(Duration.ofMinutes(2)));
        }
        assertState(cli, after);
        try (Connection c = cli.connect()) {
            List<String> history = InterruptedMigration.history(c);
            assertEquals(1, history.stream().filter((LOCK_SAFE + " upgrade success")::equals).count(), history
                    .toString());
            assertEquals(List.of(BASE + " upgrade success", LOCK_SAFE + " upgrade stopped",
                    LOCK_SAFE + " upgrade success"), history);
        }
    }

    @Test
    void aScriptStoppedInTheMiddleIsTakenUpByThePlainUpgradeAndNotRunTwice() throws Exception {
        CliHarness cli = copy();
        try (Connection c = cli.connect(); java.sql.Statement s = c.createStatement()) {
            s.execute("update books set author_id = 999999 where id = 7");
        }
        CliHarness.Run script = cli.run(args(cli, "sql", BASE + ":head"));
        assertEquals(0, script.exitCode(), script.err());
        Psql.Result stopped = Psql.run(temp, cli, script.out());
        assertEquals(3, stopped.code(), stopped.output());
        assertTrue(stopped.output().contains("fk_books_author_id_authors"), stopped.output());
        try (Connection c = cli.connect()) {
            assertEquals(List.of(BASE + " upgrade success", LOCK_SAFE + " upgrade running"),
                    InterruptedMigration.history(c));
        }
        Psql.Result again = Psql.run(temp, cli, script.out());
        assertEquals(3, again.code(), again.output());
        assertTrue(again.output().contains("a migration of this database did not finish: autogen upgrade"),
                again.output());

        try (Connection c = cli.connect(); java.sql.Statement s = c.createStatement()) {
            s.execute("update books set author_id = 8 where id = 7");
        }
        finish(cli, after, true, "upgrade", "head");
    }

    /** What keeps a long step running until the runner is killed. */
    private enum Blocker {
        NONE,
        /** A writer's open transaction: a concurrent index build or drop waits for it. */
        WRITER,
        /** authors locked: the foreign key's validation reads it. */
        AUTHORS,
        /** books locked against the validation of its check. */
        BOOKS
    }

    /**
     * Starts {@code command} as a process, lets it run until it records {@code stop} statements done for a
     * {@code direction} row (and, with a blocker, into the long step after), kills it with SIGKILL, and waits until
     * its session is gone.
     */
    private static void interrupt(CliHarness cli, String direction, int stop, Blocker blocker, String... command)
            throws Exception {
        try (Connection c = cli.connect()) {
            InterruptedMigration.stopAt(c, direction, stop);
        }
        try (Connection watch = cli.connect(); Connection hold = InterruptedMigration.hold(cli.jdbcUrl())) {
            CliProcess process = InterruptedMigration.start(temp.resolve(direction + "-" + stop), cli.jdbcUrl(),
                    migrations, command);
            InterruptedMigration.waitFor(() -> InterruptedMigration.waitingAtStop(watch)
                    || !process.process().isAlive(), "the runner to reach the stop");
            assertTrue(process.process().isAlive(), () -> "the runner ended before the stop at " + stop + ": "
                    + process.await(Duration.ofSeconds(5)));
            Connection held = blocker == Blocker.NONE ? null : block(cli, blocker, hold);
            process.process().destroyForcibly();
            process.process().onExit().get();
            InterruptedMigration.waitFor(() -> InterruptedMigration.noRunner(watch), "the killed session to end");
            if (held != null) {
                held.close();
            }
        }
        try (Connection c = cli.connect()) {
            InterruptedMigration.removeStop(c);
        }
    }

    /** Takes {@code blocker}, lets the runner go on from the stop, and waits until its long step waits for it. */
    private static Connection block(CliHarness cli, Blocker blocker, Connection hold) throws Exception {
        // The runner may hold the table's lock at the stop (a part's transaction): the blocker queues behind it, so
        // it is taken on its own connection, before the runner's next statement asks.
        CompletableFuture<Connection> taken = CompletableFuture.supplyAsync(() -> {
            try {
                return switch (blocker) {
                    case WRITER -> InterruptedMigration.writer(cli.jdbcUrl());
                    case AUTHORS -> InterruptedMigration.openTransaction(cli.jdbcUrl(),
                            "lock table authors in access exclusive mode");
                    case BOOKS -> InterruptedMigration.openTransaction(cli.jdbcUrl(),
                            "lock table books in share update exclusive mode");
                    default -> throw new IllegalArgumentException(blocker.name());
                };
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (Connection watch = cli.connect()) {
            InterruptedMigration.waitFor(() -> taken.isDone() || InterruptedMigration.count(watch,
                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'lock table%'")
                    > 0, "the blocker to queue");
            hold.close();
            Connection held = taken.get();
            Predicate<Connection> waiting = blocker == Blocker.WRITER ? InterruptedMigration::indexBuildWaiting
                    : InterruptedMigration::validationWaiting;
            InterruptedMigration.waitFor(() -> waiting.test(watch), "the long step to wait for " + blocker);
            return held;
        }
    }

    /** The plain command exits 0 and leaves the state of an uninterrupted run; the history shows the resume. */
    private static void finish(CliHarness cli, Expected expected, boolean resumed, String... command)
            throws Exception {
        CliHarness.Run run = cli.run(args(cli, command));
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertState(cli, expected);
        try (Connection c = cli.connect()) {
            List<String> history = InterruptedMigration.history(c);
            assertEquals(resumed ? 1 : 0, history.stream().filter(r -> r.endsWith(" stopped")).count(),
                    history.toString());
            assertTrue(history.stream().noneMatch(r -> r.endsWith(" running") || r.endsWith(" partial")),
                    history.toString());
            if (resumed) {
                assertTrue(run.out().contains("(resumed after statement "), run.out());
            }
        }
    }

    private static void assertState(CliHarness cli, Expected expected) throws Exception {
        Expected now = Expected.of(cli);
        assertEquals(expected.schema(), now.schema());
        assertEquals(expected.validity(), now.validity());
        assertEquals(expected.rows(), now.rows());
        assertEquals(expected.succeeded(), now.succeeded());
    }

    private static CliHarness copy() {
        return CliHarness.at(EmbeddedServer.shared().copyDatabase(template, CliHarness.uniqueName("resume")));
    }

    private static String[] args(CliHarness cli, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--migrations", migrations.toString(), "--db", cli.jdbcUrl(), "--lock-timeout", "120"));
        return args.toArray(String[]::new);
    }
}
