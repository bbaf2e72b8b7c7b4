package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.runner.HistorySql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several upgrades started at once, as app replicas or pipelines start them: real processes on one database.
 * One takes the migration lock and applies everything; the others wait, then find nothing left to do. Each
 * migration runs exactly once and every process exits 0; a lock held elsewhere makes an upgrade give up after its
 * wait, naming the holder.
 */
class ConcurrentUpgradeTest {
    private static final int PROCESSES = 8;
    private static final int ROUNDS = 10;
    private static final Path SAMPLE_MIGRATIONS =
            SampleAppRoundTripTest.SAMPLE_CONFIG.getParent().resolve("migrations");

    @TempDir
    Path temp;

    @Test
    void eachMigrationRunsOnceWhateverTheNumberOfUpgradesAtOnce() throws Exception {
        Path migrations = migrationsWithDataMigrations();
        for (int round = 1; round <= ROUNDS; round++) {
            CliHarness database = new CliHarness("concurrent");
            List<CliProcess> upgrades = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                upgrades.add(CliProcess.start(temp.resolve("round-" + round), Map.of(), null, "upgrade", "head",
                        "--migrations", migrations.toString(), "--db", database.jdbcUrl()));
            }
            for (CliProcess upgrade : upgrades) {
                CliProcess.Result result = upgrade.await(Duration.ofMinutes(2));
                assertEquals(0, result.exitCode(), "round " + round + ": " + result.out() + result.err());
            }
            try (Connection c = database.connect(); Statement s = c.createStatement()) {
                assertEquals(List.of("a+", "b+", "c+"), strings(s, "select name from tags order by name"),
                        "round " + round + ": seeded once, marked once");
                assertEquals(List.of("20261122042600", "20261201000100", "20261201000200"), strings(s,
                        "select revision from autogen_version where direction = 'upgrade' order by id"),
                        "round " + round + ": one history row per migration, all upgrades that succeeded");
                assertEquals(List.of("success"), strings(s, "select distinct status from autogen_version"));
                assertEquals(List.of("{20261201000200}"), strings(s,
                        "select heads::text from autogen_version order by id desc limit 1"));
            }
        }
    }

    @Test
    void aWaitForTheLockIsBoundedAndNamesWhoHoldsIt() throws Exception {
        Path migrations = migrationsWithDataMigrations();
        CliHarness database = new CliHarness("locked");
        try (Connection holder = database.connect(); Statement s = holder.createStatement()) {
            s.execute("select pg_advisory_lock(" + HistorySql.LOCK_KEY + ")");
            int pid = Integer.parseInt(strings(s, "select pg_backend_pid()").get(0));
            long start = System.nanoTime();
            CliHarness.Run blocked = database.run("upgrade", "head", "--lock-wait", "1500ms", "--migrations",
                    migrations.toString(), "--db", database.jdbcUrl());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos(), "gave up in time");
            assertEquals(7, blocked.exitCode(), blocked.err());
            assertEquals(1, blocked.errLines().size(), blocked.err());
            assertTrue(blocked.err().startsWith("autogen: another command holds the migration lock: pid " + pid
                    + " (user postgres"), blocked.err());
            assertTrue(blocked.err().contains("gave up after 1500 ms (lock.wait, --lock-wait)"), blocked.err());
            assertTrue(blocked.out().contains("waiting for the migration lock, held by pid " + pid), blocked.out());
            assertEquals(List.of("false"), strings(s, "select (to_regclass('public.tags') is not null)::text"),
                    "nothing ran");
        }
        CliHarness.Run free = database.run("upgrade", "head", "--lock-wait", "1", "--migrations",
                migrations.toString(), "--db", database.jdbcUrl());
        assertEquals(0, free.exitCode(), free.err());
    }

    /** The sample app's first migration (tables, a sequence), then one that seeds rows and one that edits them. */
    private Path migrationsWithDataMigrations() throws Exception {
        Path migrations = Files.createDirectories(temp.resolve("migrations"));
        List<Path> sample = CliHarness.files(SAMPLE_MIGRATIONS);
        assertEquals(1, sample.size(), "the sample history's first migration, which the data migrations follow");
        Files.copy(sample.get(0), migrations.resolve(sample.get(0).getFileName()));
        String parent = sample.get(0).getFileName().toString().substring(0, 14);
        dataMigration(migrations, "20261201000100", parent, "Seed tags",
                "insert into tags (id, name, slug) values (1, 'a', 'a'), (2, 'b', 'b'), (3, 'c', 'c')",
                "delete from tags");
        dataMigration(migrations, "20261201000200", "20261201000100", "Mark tags",
                "update tags set name = name || '+'", "update tags set name = rtrim(name, '+')");
        return migrations;
    }

    private static void dataMigration(Path folder, String revision, String parent, String message, String up,
                                      String down) throws Exception {
        Files.writeString(folder.resolve(revision + "_" + message.toLowerCase().replace(' ', '_') + ".java"), """
                import autogen.migration.Migration;
                import autogen.migration.MigrationInfo;
                import autogen.migration.Operations;

                @MigrationInfo(revision = "%s", parent = "%s", message = "%s", created = "2026-12-01T00:00:00Z")
                final class Migration_%s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.execute("%s");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.execute("%s");
                    }
                }
                """.formatted(revision, parent, message, revision, up, down));
    }

    private static List<String> strings(Statement s, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
