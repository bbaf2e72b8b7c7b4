package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.schema.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration that fails, or a runner killed in the middle of one, leaves the database as it was: schema,
 * history and lock; the next upgrade completes. A migration with statements that may not run in a transaction
 * says which ran when one fails, and is refused until repaired.
 */
class RunnerFaultsTest {
    @TempDir
    Path temp;

    @Test
    void aMigrationWhoseThirdStatementFailsLeavesSchemaAndHistoryExactlyAsBefore() throws Exception {
        CliHarness cli = new CliHarness("faults");
        Path migrations = temp.resolve("migrations");
        MigrationFiles.write(migrations, "20261201000000", List.of(), "Notes", MigrationFiles.execute(
                "create table notes (id integer primary key)"), MigrationFiles.execute("drop table notes"));
        assertEquals(0, cli.run("upgrade", "head", "--migrations", migrations.toString(), "--db", cli.jdbcUrl())
                .exitCode());
        Schema before = cli.introspect();
        List<String> history = rows(cli);

        MigrationFiles.write(migrations, "20261201000100", List.of("20261201000000"), "Three steps",
                MigrationFiles.execute("create table tags (id integer primary key)")
                        + MigrationFiles.execute("alter table notes add column body text")
                        + MigrationFiles.execute("insert into no_such_table values (1)"),
                MigrationFiles.execute("drop table tags"));
        CliHarness.Run failed = cli.run("upgrade", "head", "--migrations", migrations.toString(), "--db",
                cli.jdbcUrl());
        assertEquals(5, failed.exitCode(), failed.err());
        assertTrue(failed.err().contains("20261201000100_three_steps.java failed and was rolled back: ERROR: "
                + "relation \"no_such_table\" does not exist"), failed.err());
        assertEquals(before, cli.introspect(), "the schema is as before");
        assertEquals(history, rows(cli), "the history is as before");
        assertEquals(0, locks(cli), "no lock is held");
    }

    @Test
    void aRunnerKilledInTheMiddleOfAMigrationLeavesTheDatabaseConsistentAndNoLock() throws Exception {
        CliHarness cli = new CliHarness("killed");
        Path migrations = temp.resolve("migrations");
        MigrationFiles.write(migrations, "20261201000000", List.of(), "Slow",
                MigrationFiles.execute("create table slow (id integer primary key)")
                        + MigrationFiles.execute("select pg_sleep(4)"),
                MigrationFiles.execute("drop table slow"));
        CliProcess upgrade = CliProcess.start(temp.resolve("run"), Map.of(), null, "upgrade", "head", "--migrations",
                migrations.toString(), "--db", cli.jdbcUrl());
        waitFor(() -> sleeping(cli), "the migration to be running");
        upgrade.process().destroyForcibly();
        upgrade.process().onExit().get();

        waitFor(() -> locks(cli) == 0, "the lock to be released");
        assertEquals(List.of(), rows(cli), "no history row");
        assertEquals(Schema.empty(), cli.introspect(), "no table: the migration's transaction was rolled back");
        Instant start = Instant.now();
        CliHarness.Run next = cli.run("upgrade", "head", "--lock-wait", "2", "--migrations", migrations.toString(),
                "--db", cli.jdbcUrl());
        assertEquals(0, next.exitCode(), next.out() + next.err());
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 20);
        assertEquals(List.of("20261201000000 upgrade success"), rows(cli));
    }

    @Test
    void stepsOutsideATransactionSayWhichRanAndAreRefusedUntilRepaired() throws Exception {
        CliHarness cli = new CliHarness("outside");
        Path migrations = temp.resolve("migrations");
        MigrationFiles.write(migrations, "20261201000000", List.of(), "Posts",
                MigrationFiles.execute("create table posts (id integer primary key, title text)")
                        + MigrationFiles.execute("insert into posts values (1, 'a'), (2, 'a')"),
                MigrationFiles.execute("drop table posts"));
        MigrationFiles.write(migrations, "20261201000100", List.of("20261201000000"), "Index titles",
                "op.executeWithoutTransaction(\"create index concurrently ix_posts_title on posts (title)\");"
                        + "op.executeWithoutTransaction(\"create unique index concurrently uq_posts_title on posts"
                        + " (title)\");",
                "op.executeWithoutTransaction(\"drop index concurrently uq_posts_title\");"
                        + "op.executeWithoutTransaction(\"drop index concurrently ix_posts_title\");");
        String[] options = {"--migrations", migrations.toString(), "--db", cli.jdbcUrl()};
        CliHarness.Run failed = cli.run(SampleAppRoundTripTest.concat(new String[] {"upgrade", "head"}, options));
        assertEquals(5, failed.exitCode(), failed.err());
        assertTrue(failed.err().contains("20261201000100_index_titles.java failed at statement 2 of 2 (it runs"
                + " outside a transaction; statements 1 to 1 of 2 ran and stay)"), failed.err());
        assertTrue(failed.err().contains("could not create unique index"), failed.err());
        assertEquals(List.of("20261201000000 upgrade success", "20261201000100 upgrade partial"), rows(cli));

        CliHarness.Run refused = cli.run(SampleAppRoundTripTest.concat(new String[] {"upgrade", "head"}, options));
        assertEquals(3, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("the upgrade of 20261201000100_index_titles.java started"), refused.err());
        assertTrue(refused.err().contains("did not finish (statements 1 to 1 of 2 ran and stay; statement 2"
                + " failed"), refused.err());
        assertTrue(refused.err().endsWith("check the database, then run autogen repair\n"), refused.err());

        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            // What ran stays, and so does the invalid index the failed concurrent build left: the user cleans up.
            s.execute("drop index ix_posts_title");
            s.execute("drop index uq_posts_title");
            s.execute("update posts set title = 'b' where id = 2");
        }
        assertEquals(0, cli.run(SampleAppRoundTripTest.concat(new String[] {"repair"}, options)).exitCode());
        CliHarness.Run retried = cli.run(SampleAppRoundTripTest.concat(new String[] {"upgrade", "head"}, options));
        assertEquals(0, retried.exitCode(), retried.err());
        assertEquals("20261201000100 upgrade success", rows(cli).get(rows(cli).size() - 1));
        CliHarness.Run down = cli.run(SampleAppRoundTripTest.concat(new String[] {"downgrade", "-1"}, options));
        assertEquals(0, down.exitCode(), down.err());
    }

    /** The history, one "revision direction status" per row. */
    static List<String> rows(CliHarness cli) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            try (ResultSet exists = s.executeQuery("select to_regclass('public.autogen_version') is not null")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    return rows;
                }
            }
            try (ResultSet rs = s.executeQuery("select revision, direction, status from autogen_version order by id")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        return rows;
    }

    private static int locks(CliHarness cli) {
        return count(cli, "select count(*) from pg_locks where locktype = 'advisory'");
    }

    private static boolean sleeping(CliHarness cli) {
        return count(cli, "select count(*) from pg_stat_activity where query like 'select pg_sleep(4)%'") > 0;
    }

    private static int count(CliHarness cli, String sql) {
        try (Connection c = cli.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "waited in vain for " + what);
            Thread.sleep(50);
        }
    }
}
